namespace Platform.Integration.Tests.Probes;

[GenerateSerializer, Alias("Platform.Integration.Tests.Probes.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public string? Value { get; set; }

    [Id(1)] public int ReminderTicks { get; set; }

    /// <summary>Filled from a collection expression: a compiler-synthesized list type at run time.</summary>
    [Id(2)] public IReadOnlyList<string> Tags { get; set; } = [];
}
