using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;

namespace Platform.Grains.Procedure;

/// <summary>
/// The statutory deadlines of a case (SPEC §2), each a reminder registered when its clock starts and removed
/// when it is met. A center's obligation is flagged at risk one working day before it is due and breached after;
/// a candidate's window, when it closes, moves the case on by itself.
/// </summary>
public sealed partial class ApplicationGrain
{
    private const string ReminderPrefix = "deadline-";

    /// <summary>
    /// Each tick re-arms the reminder for the deadline's next instant, so a reminder ticks more than once only when its
    /// handling failed. Orleans delivers the next occurrence on the StartAt + k * period cadence, never a missed one: after
    /// a restart, a takeover or a moved clock that is up to one period late, so the period is the minimum Orleans allows.
    /// </summary>
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private readonly Dictionary<DeadlineKind, DateTimeOffset> _armed = [];

    private void Open(DeadlineKind kind, Step step, DateOnly? startDay = null)
    {
        var deadline = StatutoryDeadlines.Get(kind);
        var start = startDay ?? step.Today;
        Case.Deadlines[kind] = deadline.IsInWorkingDays
            ? new TrackedDeadline
            {
                StartDay = start,
                AtRiskFrom = deadline.AtRiskFrom(step.Calendar, start),
                DueAt = deadline.DueAt(step.Calendar, start),
                Status = DeadlineStatus.Open,
            }
            : new TrackedDeadline
            {
                StartDay = start,
                AtRiskFrom = Platform.Domain.Calendar.KazakhstanTime.EndOfDay(deadline.PeriodEnd(start)),
                DueAt = Platform.Domain.Calendar.KazakhstanTime.EndOfDay(deadline.PeriodEnd(start)),
                Status = DeadlineStatus.Open,
            };
    }

    /// <summary>The obligation was met: now, or late when it was already breached (the breach stays on record).</summary>
    private void Meet(DeadlineKind kind, Step step)
    {
        if (Case.Deadlines.TryGetValue(kind, out var deadline) && deadline.MetAt is null
            && deadline.Status is DeadlineStatus.Open or DeadlineStatus.AtRisk or DeadlineStatus.Breached)
        {
            deadline.MetAt = step.Now;
            if (deadline.Status != DeadlineStatus.Breached)
            {
                deadline.Status = DeadlineStatus.Met;
            }
        }
    }

    /// <summary>The deadline is no longer owed (the case took another path).</summary>
    private void Drop(DeadlineKind kind) => Case.Deadlines.Remove(kind);

    public async Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status)
    {
        if (!reminderName.StartsWith(ReminderPrefix, StringComparison.Ordinal)
            || !Enum.TryParse<DeadlineKind>(reminderName[ReminderPrefix.Length..], out _))
        {
            return;
        }

        // A write that fails leaves the deadlines where they were, so the next tick moves them on again.
        await CatchUpAsync(time.GetUtcNow());
        await ArmRemindersAsync(reconcile: false);
    }

    /// <summary>
    /// SPEC §2: before anything is decided at <paramref name="now"/>, every running deadline is brought up to it and
    /// written as the system's own change, so a refusal that follows leaves the consequence on record.
    /// </summary>
    private async Task CatchUpAsync(DateTimeOffset now)
    {
        if (DeadlineCatchUp.IsDue(Case, now))
        {
            var before = Snapshot();
            DeadlineCatchUp.To(Case, now);
            await CommitAsync(before);
        }
    }

    /// <summary>
    /// Registers a reminder for the next instant of every running deadline and removes the others.
    /// On activation every running one is registered again, so a crash between the state write and a
    /// registration never loses a deadline.
    /// </summary>
    private async Task ArmRemindersAsync(bool reconcile)
    {
        var now = time.GetUtcNow();
        foreach (var (kind, deadline) in Case.Deadlines)
        {
            if (!deadline.IsRunning)
            {
                continue;
            }

            var target = StatutoryDeadlines.Get(kind).Owner == DeadlineOwner.Center && deadline.Status == DeadlineStatus.Open
                ? deadline.AtRiskFrom
                : deadline.DueAt.AddTicks(1);
            if (reconcile || !_armed.TryGetValue(kind, out var armed) || armed != target)
            {
                var dueTime = target > now ? target - now : TimeSpan.Zero;
                await this.RegisterOrUpdateReminder(ReminderPrefix + kind, dueTime, ReminderPeriod);
                _armed[kind] = target;
            }
        }

        var stale = reconcile
            ? (await this.GetReminders()).Select(r => r.ReminderName).Where(name => name.StartsWith(ReminderPrefix, StringComparison.Ordinal))
                .Where(name => !Enum.TryParse<DeadlineKind>(name[ReminderPrefix.Length..], out var k) || !IsRunning(k)).ToList()
            : [.. _armed.Keys.Where(k => !IsRunning(k)).Select(k => ReminderPrefix + k)];
        foreach (var name in stale)
        {
            if (await this.GetReminder(name) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            if (Enum.TryParse<DeadlineKind>(name[ReminderPrefix.Length..], out var gone))
            {
                _armed.Remove(gone);
            }
        }
    }

    private bool IsRunning(DeadlineKind kind) => Case.Deadlines.TryGetValue(kind, out var d) && d.IsRunning;

    private static DeadlineView ViewOf(DeadlineKind kind, TrackedDeadline deadline)
    {
        var rule = StatutoryDeadlines.Get(kind);
        return new DeadlineView(kind, rule.Owner, rule.Rule.Id, deadline.StartDay, deadline.AtRiskFrom, deadline.DueAt, deadline.Status, deadline.MetAt);
    }
}
