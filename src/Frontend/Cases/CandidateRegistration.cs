namespace Platform.Frontend.Cases;

/// <summary>App.1: who the candidate is. The IIN is encrypted at once and never stored, logged or echoed in clear.</summary>
public sealed record CandidateRegistration(
    string Iin,
    string Surname,
    string GivenName,
    string? Patronymic,
    string HomeAddress,
    string Email,
    string MobilePhone,
    string? WorkPhone,
    bool ConsentToProcessing,
    bool ConsentToNskPlacement);
