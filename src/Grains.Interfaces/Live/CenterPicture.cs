namespace Platform.Grains.Live;

/// <summary>The whole live picture of a center: every sitting it tracks, as a dashboard shows it on (re)connecting.</summary>
/// <param name="Center">The center number.</param>
/// <param name="Sittings">The rows, by sitting id.</param>
/// <param name="At">When the picture was taken (platform clock).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Live.CenterPicture")]
public sealed record CenterPicture(
    [property: Id(0)] string Center,
    [property: Id(1)] IReadOnlyList<LiveSitting> Sittings,
    [property: Id(2)] DateTimeOffset At);
