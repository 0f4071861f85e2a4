using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Sittings;
using Platform.Hosting;

namespace Platform.Frontend.Faults;

/// <summary>
/// Issue 17, P11's spirit: per sitting, the window of a platform outage its calls met on this frontend — from the
/// arrival of the first call refused as unavailable (<see cref="PlatformFaults.IsFault"/>) to the moment the platform
/// answers that sitting again. The sitting is asked to credit the window (<see cref="IExamSessionGrain.CreditOutage"/>),
/// the credit succeeding being that answer: before the sitting's next call goes on (which then runs against the moved
/// deadline, its answer carrying the new time left), and by the frontend itself every <see cref="Probe"/>
/// (<see cref="ProbeAsync"/>). So the window ends when the outage does, not when the candidate comes back: one who stays
/// away after a refusal gains nothing beyond the outage, one who waits is given all of it.
/// The credit is awaited, never fired and forgotten: a fault means the outage goes on, so the window stays open and the
/// fault is the call's (refused as unavailable at once, not after a second fault); a bug is logged as an error, the
/// window kept for the next call (given up after <see cref="TriesOnBugs"/>, logged), and the call goes on.
/// A frontend that stops leaves its windows behind in PostgreSQL (<c>outage_windows</c>, <see cref="LeaveBehindAsync"/>),
/// one opened for each candidate whose exam connection its shutdown closed: the outage is the platform's from then on,
/// and any frontend takes them over at its next probe (<see cref="TakeOverAsync"/>).
/// The sitting decides what counts, by its own clock: this window is only what the frontend saw. Bounded: a sitting's
/// window is dropped once the sitting has answered it, and at most <see cref="MaxWindows"/> are kept (windows a day old
/// go first).
/// </summary>
public sealed partial class OutageWindows(IGrainFactory grains, IServiceProvider services, ILogger<OutageWindows> logger)
{
    /// <summary>The connection item naming the sitting a candidate's connection is bound to (set by the exam hub's Resume).</summary>
    public const string SittingItem = "sitting";

    /// <summary>The most sittings with an open window this frontend keeps (ten times the candidates a frontend serves).</summary>
    public const int MaxWindows = 100_000;

    /// <summary>The tries of a credit that fails for a bug (not a fault) before its window is given up.</summary>
    public const int TriesOnBugs = 3;

    /// <summary>How often the frontend asks the sittings with an open window to credit it (the outage's resolution).</summary>
    public static readonly TimeSpan Probe = TimeSpan.FromSeconds(5);

    /// <summary>Credits asked at once by a probe round.</summary>
    private const int ProbesInFlight = 32;

    /// <summary>A window older than this is dropped when the table is full: no theory of its sitting is open any more.</summary>
    private static readonly TimeSpan Stale = TimeSpan.FromDays(1);

    private const string LeaveRow = """
        insert into outage_windows (sitting_id, opened_at) values ($1, $2)
        on conflict (sitting_id) do update set opened_at = least(outage_windows.opened_at, excluded.opened_at)
        """;

    private const string TakeRows = "delete from outage_windows returning sitting_id, opened_at";

    /// <summary>Per sitting: when its window opened, and how many credits of it failed for a bug.</summary>
    private readonly ConcurrentDictionary<string, (DateTimeOffset From, int Bugs)> _open = new(StringComparer.Ordinal);

    /// <summary>The procedure's clock when one is registered under <see cref="PlatformClock.Key"/>, the system's otherwise.</summary>
    public TimeProvider Clock => _clock ??= services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System;

    /// <summary>Resolved once: the hubs read the clock at every call.</summary>
    private TimeProvider? _clock;

    /// <summary>The sitting a hub connection is bound to, if any.</summary>
    public static string? SittingOf(HubCallerContext context) =>
        context.Items.TryGetValue(SittingItem, out var id) && id is string sittingId ? sittingId : null;

    /// <summary>Sittings with an open window (for the tests and the curious).</summary>
    public int Count => _open.Count;

    /// <summary>
    /// A call of the sitting that arrived at <paramref name="arrived"/> was refused as unavailable: its window opens then,
    /// unless one is open already. The call's arrival, not its refusal: a call to a silo cut off waits for its timeout
    /// before it is refused, and the candidate lost that wait too.
    /// </summary>
    public void Refused(string sittingId, DateTimeOffset arrived)
    {
        var now = Clock.GetUtcNow();
        if (_open.Count >= MaxWindows && !_open.ContainsKey(sittingId))
        {
            foreach (var stale in _open.Where(entry => entry.Value.From < now - Stale).ToList())
            {
                _open.TryRemove(stale);
            }

            if (_open.Count >= MaxWindows)
            {
                LogFull(logger, MaxWindows);
                return;
            }
        }

        _open.TryAdd(sittingId, (arrived < now ? arrived : now, 0));
    }

    /// <summary>
    /// This frontend is stopping: the sitting's window (opened at <paramref name="from"/>) is written for the frontends
    /// that go on or start next, at once, since the process is going. A fault loses it (logged): the commission decides.
    /// </summary>
    public async Task LeaveBehindAsync(string sittingId, DateTimeOffset from)
    {
        try
        {
            await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(LeaveRow);
            command.Parameters.Add(new NpgsqlParameter { Value = sittingId, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = from.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception fault) when (PlatformFaults.IsFault(fault))
        {
            LogNotLeft(logger, fault);
        }
    }

    /// <summary>Every window this frontend holds, left behind as it stops (see <see cref="LeaveBehindAsync"/>).</summary>
    public Task LeaveAllBehindAsync() => Task.WhenAll(_open.Select(window => LeaveBehindAsync(window.Key, window.Value.From)));

    /// <summary>
    /// The windows stopped frontends left behind, taken over here (each row by one frontend); the probes then credit each
    /// when the platform answers its sitting. An earlier window of a sitting wins. The number taken.
    /// </summary>
    public async Task<int> TakeOverAsync(CancellationToken cancellationToken = default)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(TakeRows);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var taken = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var (sittingId, from) = (reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1));
            _open.AddOrUpdate(sittingId, (from, 0), (_, held) => held.From <= from ? held : (from, held.Bugs));
            taken++;
        }

        return taken;
    }

    /// <summary>
    /// One probe round: every sitting with an open window is asked to credit it now; a fault leaves the window open for
    /// the next round (the outage goes on), an answer ends it. Returns the windows ended.
    /// </summary>
    public async Task<int> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var ended = 0;
        await Parallel.ForEachAsync(_open.Keys.ToList(), new ParallelOptions { MaxDegreeOfParallelism = ProbesInFlight, CancellationToken = cancellationToken },
            async (sittingId, _) =>
            {
                try
                {
                    await CreditAsync(sittingId);
                    if (!_open.ContainsKey(sittingId))
                    {
                        Interlocked.Increment(ref ended);
                    }
                }
                catch (Exception fault) when (PlatformFaults.IsFault(fault))
                {
                    // Still down for this sitting: its window stays open.
                }
            });
        return ended;
    }

    /// <summary>
    /// Before a call of the sitting: an open window ends now and the sitting is asked to credit it; once it answered
    /// (credited or not), the window is dropped. Throws only a fault (the window kept): the call meets the same outage.
    /// </summary>
    public async Task CreditAsync(string sittingId)
    {
        if (!_open.TryGetValue(sittingId, out var window))
        {
            return;
        }

        var to = Clock.GetUtcNow();
        try
        {
            var answer = await grains.GetGrain<IExamSessionGrain>(sittingId).CreditOutage(new CreditOutage(window.From, to));
            _open.TryRemove(KeyValuePair.Create(sittingId, window));
            LogCredited(logger, (to - window.From).TotalSeconds, answer.Sitting?.OutageCreditedSeconds ?? 0, answer.Refusal?.ToString() ?? "none");
        }
        catch (Exception bug) when (!PlatformFaults.IsFault(bug))
        {
            if (window.Bugs + 1 >= TriesOnBugs)
            {
                _open.TryRemove(KeyValuePair.Create(sittingId, window));
                LogCreditFailed(logger, bug, "given up: the commission decides (P11)");
            }
            else
            {
                _open.TryUpdate(sittingId, (window.From, window.Bugs + 1), window);
                LogCreditFailed(logger, bug, "kept for the next call");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An outage window of {Seconds} s was sent to its sitting; credited in all {Credited} s; refusal: {Refusal}.")]
    private static partial void LogCredited(ILogger logger, double seconds, int credited, string refusal);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outage window could not be credited to its sitting; {Then}.")]
    private static partial void LogCreditFailed(ILogger logger, Exception exception, string then);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outage window could not be left behind for the next frontend (PostgreSQL unavailable); the commission decides (P11).")]
    private static partial void LogNotLeft(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Max} sittings have an open outage window: a new one is not kept.")]
    private static partial void LogFull(ILogger logger, int max);
}
