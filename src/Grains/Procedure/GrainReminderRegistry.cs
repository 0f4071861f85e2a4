namespace Platform.Grains.Procedure;

/// <summary>The reminders of a grain as Orleans keeps them.</summary>
internal sealed class GrainReminderRegistry(Grain grain) : IReminderRegistry
{
    public Task RegisterOrUpdate(string name, TimeSpan dueTime, TimeSpan period) =>
        grain.RegisterOrUpdateReminder(name, dueTime, period);

    public async Task Unregister(string name)
    {
        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }

    public async Task<IReadOnlyList<string>> Names() =>
        [.. (await grain.GetReminders()).Select(reminder => reminder.ReminderName)];
}
