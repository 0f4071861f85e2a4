using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>App.1: who the candidate is. The IIN is encrypted at once and never stored, logged or echoed in clear.</summary>
[ValidatableType]
public sealed record CandidateRegistration(
    [Present, Text(12)] string Iin,
    [Present, Text(Lengths.Name)] string Surname,
    [Present, Text(Lengths.Name)] string GivenName,
    [Present, Text(Lengths.Address, Multiline = true)] string HomeAddress,
    [Present, Email] string Email,
    [Present, Phone] string MobilePhone,
    bool ConsentToProcessing,
    bool ConsentToNskPlacement,
    [Text(Lengths.Name)] string? Patronymic = null,
    [Phone] string? WorkPhone = null);
