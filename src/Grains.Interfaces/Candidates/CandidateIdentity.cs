using Platform.Grains.Documents;

namespace Platform.Grains.Candidates;

/// <summary>
/// Who a candidate is (App.1). The IIN arrives only encrypted (with its key id) and masked for printing;
/// the clear digits never reach a grain, its key or its logs (issue 6).
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Candidates.CandidateIdentity")]
public sealed record CandidateIdentity(
    [property: Id(0)] string ProtectedIin,
    [property: Id(1)] string MaskedIin,
    [property: Id(2)] PersonName Name,
    [property: Id(3)] DateOnly BirthDate,
    [property: Id(4)] CandidateContacts Contacts,
    [property: Id(5)] bool ConsentToProcessing,
    [property: Id(6)] bool ConsentToNskPlacement);
