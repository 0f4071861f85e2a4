namespace Platform.LoadTest;

/// <summary>The second of the live phase with the highest p99 of a latency.</summary>
/// <param name="EndsAt">The second's end, in whole seconds from the start of the live phase.</param>
/// <param name="P99">Its p99 in milliseconds.</param>
/// <param name="Count">The values recorded in it.</param>
public sealed record WorstSecond(int EndsAt, double P99, long Count);
