namespace Platform.Grains.Procedure;

/// <summary>
/// The reminders of one grain, by name: what <see cref="DeadlineReminders"/> needs, so it is tested without Orleans. A
/// case keeps them as its rows in <see cref="ICaseWakeups"/> (<see cref="CaseWakeupRegistry"/>, issue 16); the sittings'
/// old reminders are Orleans' (<see cref="GrainReminderRegistry"/>).
/// </summary>
internal interface IReminderRegistry
{
    /// <summary>Registers the reminder, or moves it when it is already registered.</summary>
    Task RegisterOrUpdate(string name, TimeSpan dueTime, TimeSpan period);

    /// <summary>Removes the reminder; nothing happens when none is registered under the name.</summary>
    Task Unregister(string name);

    /// <summary>The names of every reminder registered for the grain.</summary>
    Task<IReadOnlyList<string>> Names();
}
