using Platform.Domain.Procedure;

namespace Platform.Grains.Live;

/// <summary>
/// The sittings each center's live picture tracks (SPEC §5), kept in PostgreSQL one row a sitting (migrations 0011,
/// 0017), so tracking one more sitting costs one row however many the center runs that day. A row is closed when its
/// sitting ends; the picture reads back only the open rows of the day (issue 16: an earlier day's leftovers are never read).
/// </summary>
public interface ILiveSittingDirectory
{
    /// <summary>Records that the center tracks the sitting; tracking it again changes nothing.</summary>
    Task TrackAsync(string center, string sittingId, TrackedSitting sitting, CancellationToken cancellationToken = default);

    /// <summary>The sittings of the center whose exam day is <paramref name="day"/> and that have not ended.</summary>
    Task<IReadOnlyDictionary<string, TrackedSitting>> OpenOnAsync(string center, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>How many sittings of the center's <paramref name="day"/> ended, by how they ended.</summary>
    Task<IReadOnlyDictionary<SittingState, int>> ClosedOnAsync(string center, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Records that the sitting ended in <paramref name="state"/>; closing it again changes nothing.</summary>
    Task CloseAsync(string center, string sittingId, SittingState state, DateTimeOffset at, CancellationToken cancellationToken = default);
}
