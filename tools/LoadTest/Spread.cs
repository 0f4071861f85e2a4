using System.Globalization;

namespace Platform.LoadTest;

/// <summary>Issue 17: how many durations, and their p50, p99 and maximum (nearest rank).</summary>
public sealed record Spread(int Count, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public static Spread Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? new Spread(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero)
            : new Spread(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1]);
    }

    /// <summary>"n=12: p50 1.2 s, p99 8.0 s, max 9.1 s", or "none".</summary>
    public override string ToString() => Count == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"n={Count}: p50 {P50.TotalSeconds:0.0} s, p99 {P99.TotalSeconds:0.0} s, max {Max.TotalSeconds:0.0} s");

    private static TimeSpan Rank(TimeSpan[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
