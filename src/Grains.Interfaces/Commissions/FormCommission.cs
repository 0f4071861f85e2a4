namespace Platform.Grains.Commissions;

/// <summary>
/// The head forms a commission (P9; P21-1 for an appeal commission, which names the case and its examination
/// commission so that no member is shared).
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Commissions.FormCommission")]
public sealed record FormCommission(
    [property: Id(0)] CommissionKind Kind,
    [property: Id(1)] string CenterNumber,
    [property: Id(2)] IReadOnlyList<CommissionMember> Members,
    [property: Id(3)] string? ExaminationCommissionId,
    [property: Id(4)] string? CaseId);
