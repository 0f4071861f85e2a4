namespace Platform.Grains.Live;

/// <summary>
/// The sittings each center's live picture tracks (SPEC §5), kept in PostgreSQL one row a sitting (migration 0011), so
/// tracking one more sitting costs one row however many the center runs that day.
/// </summary>
public interface ILiveSittingDirectory
{
    /// <summary>Records that the center tracks the sitting; tracking it again changes nothing.</summary>
    Task TrackAsync(string center, string sittingId, TrackedSitting sitting, CancellationToken cancellationToken = default);

    /// <summary>The sittings the center began tracking at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyDictionary<string, TrackedSitting>> TrackedSinceAsync(string center, DateTimeOffset since, CancellationToken cancellationToken = default);
}
