namespace Platform.Grains.Centers;

/// <summary>Grain keys of centers: never digit-only (AdoNet storage would read "0001" as the integer 1).</summary>
public static class CenterKeys
{
    /// <summary>The key of the one catalog of centers.</summary>
    public const string Catalog = "centers";

    public static string For(string accreditationNumber) => "center-" + accreditationNumber;
}
