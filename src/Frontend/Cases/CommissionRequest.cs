using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Commissions;

namespace Platform.Frontend.Cases;

/// <summary>P9, P21-1: the head forms a commission under an id of the center's choosing.</summary>
[ValidatableType]
public sealed record CommissionRequest(
    [Present] CommissionKind? Kind,
    [Present, Items(1, Lengths.Members)] IReadOnlyList<MemberRequest> Members,
    [Format(Lengths.Key, "KeyFormat")] string? ExaminationCommissionId = null,
    [Format(Lengths.Key, "KeyFormat")] string? CaseId = null);
