using System.Globalization;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// A center's figures for a program in a month (Almaty): applications (P4), contracts (P5), sittings opened (P8), theory
/// scored and passed (P15), practical completed and passed (P16, P17), appeals filed (P20) and decided (P22), and the
/// decisions by P23's three outcomes: upheld, rejected, technical discrepancies (the candidate sits again).
/// </summary>
public sealed record StatisticsRow(
    string Center, string Program, string Month,
    int Applications, int Contracts, int Sittings, int TheoryScored, int TheoryPassed, int PracticalCompleted, int PracticalPassed,
    int Appeals, int AppealsDecided, int AppealsUpheld, int AppealsRejected, int AppealsResit)
{
    public static readonly string CsvHeader =
        "center,program,month,applications,contracts,sittings,theory_scored,theory_passed,theory_pass_rate,practical_completed,practical_passed,practical_pass_rate,appeals,appeals_decided,appeals_upheld,appeals_rejected,appeals_technical_discrepancy";

    /// <summary>P15: the share of scored theory stages passed, in percent, or null when none was scored.</summary>
    public double? TheoryRate => Rate(TheoryPassed, TheoryScored);

    /// <summary>P16-P17: the share of completed practical stages passed, in percent, or null when none was completed.</summary>
    public double? PracticalRate => Rate(PracticalPassed, PracticalCompleted);

    /// <summary>The sums of several rows (a month of every center, say), named by <paramref name="center"/>, <paramref name="program"/>, <paramref name="month"/>.</summary>
    public static StatisticsRow Sum(IEnumerable<StatisticsRow> rows, string center, string program, string month) => rows.Aggregate(
        Empty(center, program, month),
        (s, r) => s with
        {
            Applications = s.Applications + r.Applications, Contracts = s.Contracts + r.Contracts, Sittings = s.Sittings + r.Sittings,
            TheoryScored = s.TheoryScored + r.TheoryScored, TheoryPassed = s.TheoryPassed + r.TheoryPassed,
            PracticalCompleted = s.PracticalCompleted + r.PracticalCompleted, PracticalPassed = s.PracticalPassed + r.PracticalPassed,
            Appeals = s.Appeals + r.Appeals, AppealsDecided = s.AppealsDecided + r.AppealsDecided, AppealsUpheld = s.AppealsUpheld + r.AppealsUpheld,
            AppealsRejected = s.AppealsRejected + r.AppealsRejected, AppealsResit = s.AppealsResit + r.AppealsResit,
        });

    /// <summary>A row with nothing counted yet.</summary>
    public static StatisticsRow Empty(string center, string program, string month) => new(center, program, month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>A line of the CSV export (invariant culture; no field holds a comma or a quote: numbers, codes, months).</summary>
    public string ToCsv() => string.Join(',',
        Center, Program, Month, N(Applications), N(Contracts), N(Sittings), N(TheoryScored), N(TheoryPassed), P(TheoryRate),
        N(PracticalCompleted), N(PracticalPassed), P(PracticalRate), N(Appeals), N(AppealsDecided), N(AppealsUpheld), N(AppealsRejected), N(AppealsResit));

    /// <summary>A rate as the page shows it: "85.7 %", or a dash.</summary>
    public static string Percent(double? rate) => rate is { } value ? value.ToString("0.#", CultureInfo.CurrentCulture) + " %" : "—";

    private static double? Rate(int passed, int of) => of == 0 ? null : Math.Round(100.0 * passed / of, 1);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string P(double? rate) => rate?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
}
