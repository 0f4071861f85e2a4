using Platform.Domain.Deadlines;

namespace Platform.Grains.Procedure;

/// <summary>
/// Arms a reminder (since issue 16 a row in <see cref="ICaseWakeups"/>, which <see cref="CaseSweepGrain"/> wakes) for the
/// next instant of each running deadline of a case and removes the others: a center's open
/// obligation at the day it falls at risk, anything else just after it is due. Remembers what it armed while the grain
/// is active, so a command that moved no deadline registers nothing. When a reminder fires, or before an action is
/// decided, it brings the case's deadlines (<see cref="CaseDeadlines"/>) up to the instant and has the grain commit them.
/// </summary>
internal sealed class DeadlineReminders(IReminderRegistry registry, TimeProvider time)
{
    public const string Prefix = "deadline-";

    /// <summary>
    /// Each tick re-arms the reminder for the deadline's next instant, so a reminder ticks more than once only when its
    /// handling failed. Orleans delivers the next occurrence on the StartAt + k * period cadence, never a missed one: after
    /// a restart, a takeover or a moved clock that is up to one period late, so the period is the minimum Orleans allows.
    /// </summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly Dictionary<DeadlineKind, DateTimeOffset> _armed = [];

    /// <summary>
    /// A reminder of the grain fired: when it is a deadline's, the deadlines are brought up to now and committed, then
    /// armed for their next instants. A write that fails leaves the deadlines where they were, so the next tick moves them on again.
    /// </summary>
    /// <param name="commit">The grain's commit of a change to the case: a snapshot, the change, the write and its follow-ups.</param>
    public async Task ReceiveAsync(string reminderName, Func<CaseState> @case, Func<Action, Task> commit)
    {
        if (!IsDeadline(reminderName))
        {
            return;
        }

        await CatchUpAsync(@case, time.GetUtcNow(), commit);
        await ArmAsync(@case().Deadlines, reconcile: false);
    }

    /// <summary>
    /// The sweep woke the case for its deadline <paramref name="kind"/> (issue 16: its row in <see cref="ICaseWakeups"/>
    /// was due): the same as that deadline's reminder firing. Then, unless the kind is still running, its row is removed
    /// even when this activation never armed it (a kind no longer running, a case gone, a kind the code no longer knows),
    /// so that only a row whose handling failed, or whose deadline still runs at a later instant, stays.
    /// </summary>
    public async Task WakeAsync(string kind, Func<CaseState> @case, Func<Action, Task> commit)
    {
        await ReceiveAsync(Prefix + kind, @case, commit);
        if (KindOf(Prefix + kind) is not { } known || !@case().Deadlines.TryGetValue(known, out var deadline) || !deadline.IsRunning)
        {
            await registry.Unregister(Prefix + kind);
            if (KindOf(Prefix + kind) is { } gone)
            {
                _armed.Remove(gone);
            }
        }
    }

    /// <summary>
    /// SPEC §2: before anything is decided at <paramref name="now"/>, every running deadline is brought up to it and
    /// committed as the system's own change, so a refusal that follows leaves the consequence on record.
    /// </summary>
    public static async Task CatchUpAsync(Func<CaseState> @case, DateTimeOffset now, Func<Action, Task> commit)
    {
        if (new CaseDeadlines(@case()).IsDue(now))
        {
            await commit(() => new CaseDeadlines(@case()).CatchUp(now));
        }
    }

    /// <summary>Whether the reminder is one of a deadline's.</summary>
    public static bool IsDeadline(string reminderName) => KindOf(reminderName) is not null;

    /// <summary>The instant the deadline's reminder fires next.</summary>
    public static DateTimeOffset NextInstant(DeadlineKind kind, TrackedDeadline deadline) =>
        StatutoryDeadlines.Get(kind).Owner == DeadlineOwner.Center && deadline.Status == DeadlineStatus.Open
            ? deadline.AtRiskFrom
            : deadline.DueAt.AddTicks(1);

    /// <summary>
    /// Before the state write that needs them (issue 16): registers every running deadline whose instant is new or
    /// earlier than the one armed, so the wake-up is durable before the state is, and a crash between the two writes
    /// never leaves a running deadline without one. Instants that move later and removals wait for <see cref="ArmAsync"/>
    /// after the write, so a write that fails never leaves the state it keeps armed later than it needs. A wake-up
    /// armed too early only wakes the case to find nothing due, and it is moved on then.
    /// </summary>
    public async Task ArmAheadAsync(IReadOnlyDictionary<DeadlineKind, TrackedDeadline> deadlines)
    {
        var now = time.GetUtcNow();
        var writes = new List<Task>();
        foreach (var (kind, deadline) in deadlines.Where(d => d.Value.IsRunning))
        {
            var target = NextInstant(kind, deadline);
            if (!_armed.TryGetValue(kind, out var armed) || target < armed)
            {
                writes.Add(RegisterAsync(kind, target, target > now ? target - now : TimeSpan.Zero));
            }
        }

        await Task.WhenAll(writes);
    }

    /// <summary>
    /// Registers a reminder for every running deadline whose instant moved and removes those no longer running.
    /// With <paramref name="reconcile"/> (on activation) every running one is registered again and every other deadline
    /// reminder of the grain removed, so a crash between the state write and a registration never loses a deadline.
    /// </summary>
    public async Task ArmAsync(IReadOnlyDictionary<DeadlineKind, TrackedDeadline> deadlines, bool reconcile)
    {
        var now = time.GetUtcNow();
        var writes = new List<Task>();
        foreach (var (kind, deadline) in deadlines.Where(d => d.Value.IsRunning))
        {
            var target = NextInstant(kind, deadline);
            if (reconcile || !_armed.TryGetValue(kind, out var armed) || armed != target)
            {
                writes.Add(RegisterAsync(kind, target, target > now ? target - now : TimeSpan.Zero));
            }
        }

        // Issued together, so that a registry batching its writes (ICaseWakeups) commits one case's changes at once;
        // each is remembered once it is durable, so a failed one is written again by the next arming.
        foreach (var name in await StaleAsync(deadlines, reconcile))
        {
            writes.Add(UnregisterAsync(name));
        }

        await Task.WhenAll(writes);
    }

    private async Task RegisterAsync(DeadlineKind kind, DateTimeOffset target, TimeSpan dueTime)
    {
        await registry.RegisterOrUpdate(Prefix + kind, dueTime, Period);
        _armed[kind] = target;
    }

    private async Task UnregisterAsync(string name)
    {
        await registry.Unregister(name);
        if (KindOf(name) is { } gone)
        {
            _armed.Remove(gone);
        }
    }

    private async Task<List<string>> StaleAsync(IReadOnlyDictionary<DeadlineKind, TrackedDeadline> deadlines, bool reconcile)
    {
        bool Running(DeadlineKind kind) => deadlines.TryGetValue(kind, out var d) && d.IsRunning;
        return reconcile
            ? [.. (await registry.Names()).Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
                .Where(name => KindOf(name) is not { } kind || !Running(kind))]
            : [.. _armed.Keys.Where(kind => !Running(kind)).Select(kind => Prefix + kind)];
    }

    private static DeadlineKind? KindOf(string reminderName) =>
        reminderName.StartsWith(Prefix, StringComparison.Ordinal)
            && Enum.TryParse<DeadlineKind>(reminderName[Prefix.Length..], out var kind)
            ? kind
            : null;
}
