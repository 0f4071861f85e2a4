using Platform.Grains.Documents;

namespace Platform.Grains.Commissions;

/// <summary>A member of a commission: the account's subject, the name printed on protocols, the role.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Commissions.CommissionMember")]
public sealed record CommissionMember(
    [property: Id(0)] string Subject,
    [property: Id(1)] string PrintedName,
    [property: Id(2)] CommissionRole Role);
