using Platform.Domain.Deadlines;

namespace Platform.Grains.Procedure;

/// <summary>
/// Arms a reminder for the next instant of each running deadline of a case and removes the others: a center's open
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
    /// Registers a reminder for every running deadline whose instant moved and removes those no longer running.
    /// With <paramref name="reconcile"/> (on activation) every running one is registered again and every other deadline
    /// reminder of the grain removed, so a crash between the state write and a registration never loses a deadline.
    /// </summary>
    public async Task ArmAsync(IReadOnlyDictionary<DeadlineKind, TrackedDeadline> deadlines, bool reconcile)
    {
        var now = time.GetUtcNow();
        foreach (var (kind, deadline) in deadlines.Where(d => d.Value.IsRunning))
        {
            var target = NextInstant(kind, deadline);
            if (reconcile || !_armed.TryGetValue(kind, out var armed) || armed != target)
            {
                await registry.RegisterOrUpdate(Prefix + kind, target > now ? target - now : TimeSpan.Zero, Period);
                _armed[kind] = target;
            }
        }

        foreach (var name in await StaleAsync(deadlines, reconcile))
        {
            await registry.Unregister(name);
            if (KindOf(name) is { } gone)
            {
                _armed.Remove(gone);
            }
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
