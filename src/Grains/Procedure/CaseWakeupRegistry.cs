namespace Platform.Grains.Procedure;

/// <summary>
/// A case's deadline reminders kept as its rows in <see cref="ICaseWakeups"/> (issue 16) instead of Orleans reminders:
/// the same names (<c>deadline-&lt;Kind&gt;</c>), the instant now + the due time on the procedure's clock (never before
/// the instant <see cref="DeadlineReminders"/> aimed at), and no period of its own: a row stays due until its case
/// moves or removes it, and <see cref="CaseSweepGrain"/> wakes it again each minute meanwhile, as the reminder's
/// one-minute period did.
/// </summary>
internal sealed class CaseWakeupRegistry(ICaseWakeups wakeups, string caseId, TimeProvider time) : IReminderRegistry
{
    public Task RegisterOrUpdate(string name, TimeSpan dueTime, TimeSpan period) =>
        wakeups.SetAsync(caseId, KindOf(name), time.GetUtcNow() + dueTime);

    public Task Unregister(string name) => wakeups.SetAsync(caseId, KindOf(name), null);

    public async Task<IReadOnlyList<string>> Names() =>
        [.. (await wakeups.KindsAsync(caseId)).Select(kind => DeadlineReminders.Prefix + kind)];

    private static string KindOf(string name) =>
        name.StartsWith(DeadlineReminders.Prefix, StringComparison.Ordinal) && name.Length > DeadlineReminders.Prefix.Length
            ? name[DeadlineReminders.Prefix.Length..]
            : throw new ArgumentException($"Only a deadline's reminder is kept as a case wake-up, not '{name}'.", nameof(name));
}
