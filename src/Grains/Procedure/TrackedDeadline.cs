using Platform.Grains.Procedure;

namespace Platform.Grains.Procedure;

/// <summary>A running statutory deadline of a case, and the instant its reminder is armed for.</summary>
[GenerateSerializer, Alias("Platform.Grains.Procedure.TrackedDeadline")]
public sealed class TrackedDeadline
{
    [Id(0)] public DateOnly StartDay { get; set; }

    [Id(1)] public DateTimeOffset AtRiskFrom { get; set; }

    [Id(2)] public DateTimeOffset DueAt { get; set; }

    [Id(3)] public DeadlineStatus Status { get; set; }

    [Id(4)] public DateTimeOffset? MetAt { get; set; }

    /// <summary>The instant the reminder is registered for; null when no reminder runs.</summary>
    [Id(5)] public DateTimeOffset? ArmedFor { get; set; }

    public bool IsRunning => Status is DeadlineStatus.Open or DeadlineStatus.AtRisk;
}
