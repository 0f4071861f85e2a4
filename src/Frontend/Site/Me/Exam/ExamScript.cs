using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json;

namespace Platform.Frontend.Site.Me.Exam;

/// <summary>
/// What the exam page hands its script (<c>/exam/exam.js</c>) in a JSON block: the sitting to resume (found
/// server-side, never typed), and every text the script shows, in the page's language (the texts of
/// <c>ExamText.tsv</c> under <c>Exam.Js.</c>, <c>Exam.Kind.</c> and <c>Exam.Item.</c>).
/// </summary>
public static class ExamScript
{
    private static readonly string[] Prefixes = ["Exam.Js.", "Exam.Kind.", "Exam.Item."];

    private static readonly string[] AlsoShown = ["Exam.Done", "Exam.Pending", "Exam.ExtraTime", "Exam.OutageTime"];

    /// <summary>The keys the script uses, read once from the neutral table.</summary>
    private static readonly string[] Keys = ReadKeys();

    /// <summary>The JSON of the page's data; safe inside a &lt;script&gt; element (the default encoder escapes &lt;, &gt; and &amp;).</summary>
    public static string Data(ExamSituation situation) => JsonSerializer.Serialize(new
    {
        sittingId = situation.SittingId,
        online = situation.Online,
        stage = situation.Stage.ToString(),
        extraMinutes = situation.Sitting?.ExtraTimeMinutes ?? 0,
        outageSeconds = situation.Sitting?.OutageCreditedSeconds ?? 0,
        texts = Keys.ToDictionary(key => key, SiteText.Say),
    });

    private static string[] ReadKeys()
    {
        var table = new ResourceManager("Platform.Frontend.Site.Resources.ExamText", typeof(ExamScript).Assembly);
        var set = table.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("The exam page's texts are missing.");
        return set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)
            .Where(key => Prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            .Concat(AlsoShown).Order(StringComparer.Ordinal).ToArray();
    }
}
