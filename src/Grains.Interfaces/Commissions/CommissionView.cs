namespace Platform.Grains.Commissions;

[GenerateSerializer, Immutable, Alias("Platform.Grains.Commissions.CommissionView")]
public sealed record CommissionView(
    [property: Id(0)] string CommissionId,
    [property: Id(1)] CommissionKind Kind,
    [property: Id(2)] string CenterNumber,
    [property: Id(3)] IReadOnlyList<CommissionMember> Members,
    [property: Id(4)] string? CaseId);
