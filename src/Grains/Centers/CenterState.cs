namespace Platform.Grains.Centers;

[GenerateSerializer, Alias("Platform.Grains.Centers.CenterState")]
public sealed class CenterState
{
    [Id(0)] public CenterProfile? Profile { get; set; }

    /// <summary>The last document sequence number handed out (App.2, level 6).</summary>
    [Id(1)] public long LastSequence { get; set; }

    /// <summary>The latest allocations by case, so that a retry answers the same number.</summary>
    [Id(2)] public Dictionary<string, long> RecentAllocations { get; set; } = [];
}
