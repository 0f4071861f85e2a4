namespace Platform.Grains.Procedure;

/// <summary>
/// The statutory deadlines of a case (SPEC §2), kept by <see cref="CaseDeadlines"/> in the state and run as reminders
/// by <see cref="DeadlineReminders"/>. A center's obligation is flagged at risk one working day before it is due and
/// breached after; a candidate's window, when it closes, moves the case on by itself.
/// </summary>
public sealed partial class ApplicationGrain
{
    public async Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status)
    {
        if (!DeadlineReminders.IsDeadline(reminderName))
        {
            return;
        }

        // A write that fails leaves the deadlines where they were, so the next tick moves them on again.
        await CatchUpAsync(time.GetUtcNow());
        await Reminders.ArmAsync(Case.Deadlines, reconcile: false);
    }

    /// <summary>
    /// SPEC §2: before anything is decided at <paramref name="now"/>, every running deadline is brought up to it and
    /// written as the system's own change, so a refusal that follows leaves the consequence on record.
    /// </summary>
    private async Task CatchUpAsync(DateTimeOffset now)
    {
        if (Deadlines.IsDue(now))
        {
            var before = Snapshot();
            Deadlines.CatchUp(now);
            await CommitAsync(before);
        }
    }
}
