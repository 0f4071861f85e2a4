namespace Platform.Grains.Live;

/// <summary>
/// What a center live grain keeps across activations: the sittings it tracks. The rows themselves are re-read from
/// the sittings on activation (the sittings are the source of truth, SPEC §6).
/// </summary>
[GenerateSerializer, Alias("Platform.Grains.Live.CenterLiveState")]
public sealed class CenterLiveState
{
    [Id(0)] public Dictionary<string, TrackedSitting> Sittings { get; set; } = [];
}
