using Platform.Grains.Commissions;

namespace Platform.Grains.Commissions;

[GenerateSerializer, Alias("Platform.Grains.Commissions.CommissionState")]
public sealed class CommissionState
{
    [Id(0)] public FormCommission? Formed { get; set; }
}
