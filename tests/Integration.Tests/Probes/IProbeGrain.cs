namespace Platform.Integration.Tests.Probes;

/// <summary>A grain that exists only to prove the ground: durable state and a durable reminder.</summary>
[Alias("Platform.Integration.Tests.Probes.IProbeGrain")]
public interface IProbeGrain : IGrainWithStringKey
{
    [Alias("Remember")]
    Task Remember(string value);

    [Alias("Recall")]
    Task<string?> Recall();

    [Alias("RecallTags")]
    Task<IReadOnlyList<string>> RecallTags();

    [Alias("WhereAmI")]
    Task<string> WhereAmI();

    [Alias("ArmReminder")]
    Task ArmReminder(TimeSpan dueTime, TimeSpan period);

    [Alias("ReminderTicks")]
    Task<int> ReminderTicks();
}
