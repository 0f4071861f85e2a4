using Platform.Domain.Procedure;
using Platform.Grains.Live;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// One center's sittings live now as the national picture shows them (SPEC §1, §5): checked in (P8), in the theory (P9),
/// in the practical (P16), warnings (P13), terminations and removals (P13), technical failures (P11).
/// </summary>
public sealed record LiveCounts(string Center, string Name, int CheckedIn, int Theory, int Practical, int Warnings, int Terminations, int TechnicalFailures)
{
    public static LiveCounts Of(string center, string name, CenterCounts? counts) => counts is null
        ? new(center, name, 0, 0, 0, 0, 0, 0)
        : new(center, name, In(counts, SittingState.CheckedIn), In(counts, SittingState.TheoryOpen), In(counts, SittingState.PracticalOpen),
            counts.Warnings, counts.Terminations, In(counts, SittingState.TechnicalFailure));

    /// <summary>The country's sums.</summary>
    public static LiveCounts Total(IEnumerable<LiveCounts> rows, string name) => rows.Aggregate(
        new LiveCounts("", name, 0, 0, 0, 0, 0, 0),
        (sum, row) => sum with
        {
            CheckedIn = sum.CheckedIn + row.CheckedIn, Theory = sum.Theory + row.Theory, Practical = sum.Practical + row.Practical,
            Warnings = sum.Warnings + row.Warnings, Terminations = sum.Terminations + row.Terminations,
            TechnicalFailures = sum.TechnicalFailures + row.TechnicalFailures,
        });

    private static int In(CenterCounts counts, SittingState state) => counts.ByState.GetValueOrDefault(state);
}
