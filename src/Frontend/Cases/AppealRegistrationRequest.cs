using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P21, P21-1: the appeal commission formed for the review.</summary>
[ValidatableType]
public sealed record AppealRegistrationRequest([Present, Format(Lengths.Key, "KeyFormat")] string AppealCommissionId);
