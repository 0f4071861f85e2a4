using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Documents;

namespace Platform.Frontend.Sittings;

/// <summary>A commission member who signs a document: the name as printed, the role, the day signed (if signed).</summary>
[ValidatableType]
public sealed record SignatoryRequest([Present, Text(Lengths.FullName)] string FullName, [Present] CommissionRole? Role, DateOnly? SignedOn = null);
