using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Utilities;
using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Hosting;

namespace Platform.Grains.Live;

/// <summary>
/// A center's live picture (SPEC §5): observes its sittings as an <see cref="ISittingObserver"/> and tells its own
/// observers (the frontend's SignalR bridge) of each change. The sittings stay the source of truth. The ones it tracks
/// are rows of <see cref="ILiveSittingDirectory"/>; it holds only what is live: on activation it reads the sittings of
/// today's exam day (Almaty) that have not ended, and re-reads them in the background; a sitting that ends is published
/// once more (its watchers see the end), then leaves the picture and is closed in the directory, and only the day's
/// count of such ends stays (issue 16: a day's leftovers are never read again, however many an earlier day left). A timer re-reads the sittings still running, which brings what the sittings do not
/// push (extra time, a lost connection), and renews the subscriptions (lost when a sitting moves to another silo).
/// The grain is reentrant and its timers interleave: news that re-reads a sitting never waits for another busy
/// sitting, and thousands of re-reads never hold a termination back (a late read never takes a row back: see
/// <see cref="RefreshOneAsync"/>). The center's counts go to the national picture at most once a
/// <see cref="CountsEvery"/>. The live notifications are in <c>CenterLiveGrain.Observer.cs</c>.
/// </summary>
[Reentrant]
public sealed partial class CenterLiveGrain(
    ILiveSittingDirectory directory,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<CenterLiveGrain> logger) : Grain, ICenterLiveGrain, ISittingObserver
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(15);

    /// <summary>How often changed counts go to the national picture (the operator's board, SPEC §1).</summary>
    private static readonly TimeSpan CountsEvery = TimeSpan.FromSeconds(1);

    /// <summary>Subscriptions are renewed every this many refreshes; the sittings' observer managers keep them 5 minutes.</summary>
    private const int SubscribeEveryRefreshes = 4;

    /// <summary>Sittings re-read at once by a refresh, so a center of thousands does not flood the silo in one burst.</summary>
    private const int RefreshesInFlight = 64;

    private readonly ObserverManager<ICenterLiveObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private readonly Dictionary<string, TrackedSitting> _tracked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiveSitting> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private Dictionary<SittingState, int> _closed = [];
    private DateOnly _day;
    private int _refreshes;
    private bool _countsChanged;

    // Real time, not the procedure clock: a revision only orders rows and must keep growing across activations;
    // microseconds since 1970 stay exact in a JavaScript number (below 2^53) for a few hundred years.
    private long _revision = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    private string Center => LiveKeys.CenterOf(this.GetPrimaryKeyString());

    private ISittingObserver Self => this.AsReference<ISittingObserver>();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _day = KazakhstanTime.DateOf(time.GetUtcNow());
        foreach (var (sittingId, tracked) in await directory.OpenOnAsync(Center, _day, cancellationToken))
        {
            _tracked[sittingId] = tracked;
        }

        _closed = new(await directory.ClosedOnAsync(Center, _day, cancellationToken));

        // The first refresh (and subscription) of the tracked sittings starts at once but is not awaited: a center
        // with thousands of sittings answers its callers meanwhile, and its rows come as they are read.
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.Zero, RefreshEvery) { KeepAlive = true, Interleave = true });
        this.RegisterGrainTimer(ReportChangedCounts, new GrainTimerCreationOptions(CountsEvery, CountsEvery) { KeepAlive = true, Interleave = true });
        ReportCounts();
    }

    public async Task<LiveSitting?> Track(string sittingId)
    {
        if (!_tracked.ContainsKey(sittingId))
        {
            var sitting = await GrainFactory.GetGrain<IExamSessionGrain>(sittingId).Get();
            if (sitting is null || sitting.CenterNumber != Center || await GrainFactory.GetGrain<IApplicationGrain>(sitting.CaseId).Get() is not { } registered)
            {
                return null;
            }

            var tracked = new TrackedSitting(sitting.CaseId, registered.CandidateKey, time.GetUtcNow(), KazakhstanTime.DateOf(sitting.ScheduledStart));
            await directory.TrackAsync(Center, sittingId, tracked);
            _tracked[sittingId] = tracked;
        }

        await RefreshOneAsync(sittingId, subscribe: true);
        ReportCounts();
        return _rows.GetValueOrDefault(sittingId);
    }

    public Task<CenterPicture> GetPicture() =>
        Task.FromResult(new CenterPicture(Center, [.. _rows.Values.OrderBy(r => r.SittingId, StringComparer.Ordinal)], time.GetUtcNow()));

    public Task Subscribe(ICenterLiveObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ICenterLiveObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>Forgets the sittings of a day gone, re-reads the running ones (renewing now and then), reports the counts.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        Forget(KazakhstanTime.DateOf(time.GetUtcNow()));
        var running = _tracked.Keys.Where(id => !_rows.TryGetValue(id, out var row) || !LiveRows.IsFinal(row.State)).ToList();
        await RefreshAsync(running, subscribe: _refreshes++ % SubscribeEveryRefreshes == 0);
        _observers.ClearExpired();
        // Every refresh, changed or not: the national picture is kept in memory only and rebuilt from these reports.
        ReportCounts();
    }

    /// <summary>A new day: the sittings of the days before leave (their own day end closed them), and the day's counts start again.</summary>
    private void Forget(DateOnly today)
    {
        if (today == _day)
        {
            return;
        }

        (_day, _closed) = (today, []);
        foreach (var (sittingId, _) in _tracked.Where(t => t.Value.ExamDay < today).ToList())
        {
            _tracked.Remove(sittingId);
            _rows.Remove(sittingId);
            _versions.Remove(sittingId);
        }
    }

    /// <summary>An ended sitting leaves the picture (after its last row was published) and is closed in the directory.</summary>
    private async Task LeaveAsync(string sittingId, SittingState state)
    {
        if (!_tracked.Remove(sittingId, out var tracked))
        {
            return;
        }

        try
        {
            await directory.CloseAsync(Center, sittingId, state, time.GetUtcNow());
        }
        finally
        {
            // Left even if the directory could not be written: the row's exam day bounds what an activation reads.
            _rows.Remove(sittingId);
            _versions.Remove(sittingId);
            if (tracked.ExamDay == _day)
            {
                _closed[state] = _closed.GetValueOrDefault(state) + 1;
            }

            ReportCounts();
        }
    }

    private Task RefreshAsync(IReadOnlyList<string> sittingIds, bool subscribe) =>
        Parallel.ForEachAsync(sittingIds, new ParallelOptions { MaxDegreeOfParallelism = RefreshesInFlight, TaskScheduler = TaskScheduler.Current },
            async (sittingId, _) => await RefreshOneAsync(sittingId, subscribe));

    /// <summary>
    /// Reads a sitting and publishes its row if it changed; a sitting that cannot be reached keeps its row. Reads of one
    /// sitting may overlap (the grain is reentrant): one that comes back older than a row already published is dropped.
    /// </summary>
    private async Task RefreshOneAsync(string sittingId, bool subscribe)
    {
        try
        {
            var sitting = GrainFactory.GetGrain<IExamSessionGrain>(sittingId);
            if (subscribe)
            {
                await sitting.Subscribe(Self);
            }

            if (await sitting.Get() is { } view && _tracked.TryGetValue(sittingId, out var tracked)
                && view.Version >= _versions.GetValueOrDefault(sittingId))
            {
                _versions[sittingId] = view.Version;
                await PublishAsync(LiveRows.Of(view, tracked.CandidateKey, time.GetUtcNow(), ++_revision));
                if (LiveRows.IsFinal(view.State))
                {
                    await LeaveAsync(sittingId, view.State);
                }
            }
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            logger.LogWarning(failure, "The live picture of center {Center} could not read sitting {SittingId}; it tries again", Center, sittingId);
        }
    }

    private async Task PublishAsync(LiveSitting row)
    {
        var before = _rows.GetValueOrDefault(row.SittingId);
        _rows[row.SittingId] = row;
        if (!LiveRows.SameAs(row, before))
        {
            await _observers.Notify(o => o.SittingChanged(row));
        }
    }

    private void ReportCounts() => _countsChanged = true;

    private Task ReportChangedCounts(CancellationToken cancellationToken)
    {
        if (_countsChanged)
        {
            _countsChanged = false;
            GrainFactory.GetGrain<INationalLiveGrain>(LiveKeys.National).Report(LiveRows.Count(Center, _rows.Values, _closed) with { Revision = ++_revision }).Ignore();
        }

        return Task.CompletedTask;
    }
}
