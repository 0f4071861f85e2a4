namespace Platform.Frontend.Development;

/// <summary>What the adjustable clock was set to: the procedure's now at the time of the answer and its offset from system time.</summary>
/// <param name="Now">The procedure's now (system time plus the offset).</param>
/// <param name="OffsetMilliseconds">The offset the silos read within a second.</param>
public sealed record ClockSetting(DateTimeOffset Now, long OffsetMilliseconds);
