namespace Platform.Grains.Live;

/// <summary>Grain keys of the live dashboards (SPEC §6): <c>live-&lt;center&gt;</c> per center, <c>live-kz</c> for the nation. Never digit-only.</summary>
public static class LiveKeys
{
    /// <summary>The key of the one national live grain.</summary>
    public const string National = "live-kz";

    private const string Prefix = "live-";

    /// <summary>The key of a center's live grain, e.g. "live-0001".</summary>
    public static string Center(string centerNumber) => Prefix + centerNumber;

    /// <summary>The center number of a center live grain's key.</summary>
    public static string CenterOf(string key) => key.StartsWith(Prefix, StringComparison.Ordinal) ? key[Prefix.Length..] : key;
}
