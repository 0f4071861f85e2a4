namespace Platform.Grains.Commissions;

public static class CommissionKeys
{
    public const string Prefix = "commission-";

    public static string New() => Prefix + Guid.NewGuid().ToString("N");
}
