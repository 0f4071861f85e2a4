using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Platform.Domain.Procedure;
using Platform.Grains.Hosting;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Grains.Live;

/// <summary>
/// A center's live picture (SPEC §5): observes its sittings as an <see cref="ISittingObserver"/> and tells its own
/// observers (the frontend's SignalR bridge) of each change. The sittings stay the source of truth: a timer renews
/// the subscriptions (lost when a sitting moves to another silo) and re-reads the sittings still running, which also
/// brings what the sittings do not push (extra time, heartbeats). The live notifications are in
/// <c>CenterLiveGrain.Observer.cs</c>.
/// </summary>
public sealed partial class CenterLiveGrain(
    [PersistentState("center-live", PlatformDatabase.GrainStorage)] IPersistentState<CenterLiveState> state,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<CenterLiveGrain> logger) : Grain, ICenterLiveGrain, ISittingObserver
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(15);

    private readonly ObserverManager<ICenterLiveObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private readonly Dictionary<string, LiveSitting> _rows = [];

    // Real time, not the procedure clock: a revision only orders rows and must keep growing across activations;
    // microseconds since 1970 stay exact in a JavaScript number (below 2^53) for a few hundred years.
    private long _revision = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    private string Center => LiveKeys.CenterOf(this.GetPrimaryKeyString());

    private ISittingObserver Self => this.AsReference<ISittingObserver>();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(state.State.Sittings.Keys.Select(id => RefreshAsync(id, subscribe: true)));
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(RefreshEvery, RefreshEvery) { KeepAlive = true });
        ReportCounts();
    }

    public async Task<LiveSitting?> Track(string sittingId)
    {
        if (!state.State.Sittings.ContainsKey(sittingId))
        {
            var sitting = await GrainFactory.GetGrain<IExamSessionGrain>(sittingId).Get();
            if (sitting is null || sitting.CenterNumber != Center || await GrainFactory.GetGrain<IApplicationGrain>(sitting.CaseId).Get() is not { } registered)
            {
                return null;
            }

            state.State.Sittings[sittingId] = new TrackedSitting(sitting.CaseId, registered.CandidateKey);
            await state.WriteStateAsync();
        }

        await RefreshAsync(sittingId, subscribe: true);
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

    /// <summary>Renews the subscriptions of the sittings still running and re-reads them; reports the counts.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var running = state.State.Sittings.Keys.Where(id => !_rows.TryGetValue(id, out var row) || !LiveRows.IsFinal(row.State));
        await Task.WhenAll(running.Select(id => RefreshAsync(id, subscribe: true)));
        _observers.ClearExpired();
        ReportCounts();
    }

    /// <summary>Reads a sitting and publishes its row if it changed; a sitting that cannot be reached keeps its row.</summary>
    private async Task RefreshAsync(string sittingId, bool subscribe)
    {
        try
        {
            var sitting = GrainFactory.GetGrain<IExamSessionGrain>(sittingId);
            if (subscribe)
            {
                await sitting.Subscribe(Self);
            }

            if (await sitting.Get() is { } view && state.State.Sittings.TryGetValue(sittingId, out var tracked))
            {
                await PublishAsync(LiveRows.Of(view, tracked.CandidateKey, time.GetUtcNow(), ++_revision));
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

    private void ReportCounts() =>
        GrainFactory.GetGrain<INationalLiveGrain>(LiveKeys.National).Report(LiveRows.Count(Center, _rows.Values)).Ignore();
}
