namespace Platform.Grains.Candidates;

/// <summary>App.1: home address, e-mail, mobile and work phones.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Candidates.CandidateContacts")]
public sealed record CandidateContacts(
    [property: Id(0)] string HomeAddress,
    [property: Id(1)] string Email,
    [property: Id(2)] string MobilePhone,
    [property: Id(3)] string? WorkPhone);
