using System.Globalization;
using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>The theory (P15) and practical (P16, P17) results as the protocol and the failure notice print them.</summary>
internal static class ExamResults
{
    public static void Theory(PageWriter page, DocumentWording t, TheoryOutcome theory)
    {
        page.Heading(t[Phrase.TheoryHeading]);
        var percent = theory.Total == 0 ? 0 : Math.Round(theory.Correct * 100m / theory.Total, 1);
        page.Paragraph(t.Format(Phrase.TheoryScore, theory.Correct, theory.Total, percent.ToString("0.#", CultureInfo.InvariantCulture)), bold: true);
        page.Paragraph(t[theory.Admitted ? Phrase.TheoryAdmitted : Phrase.TheoryNotAdmitted]);
    }

    public static void Practical(PageWriter page, DocumentWording t, PracticalOutcome? practical)
    {
        page.Heading(t[Phrase.PracticalHeading]);
        if (practical is null)
        {
            page.Paragraph(t[Phrase.PracticalNotHeld]);
            return;
        }

        page.Field(t[Phrase.PracticalTask], practical.TaskTitle);
        page.Paragraph(t[practical.Passed ? Phrase.PracticalPassed : Phrase.PracticalFailed]);
        page.NumberedList(practical.Shortfalls.Select(s => Shortfall(t, s)).ToArray());
    }

    private static string Shortfall(DocumentWording t, PracticalShortfallLine line)
    {
        var text = t.Format(line.NotMarked ? Phrase.ShortfallNotMarked : Phrase.ShortfallNotPerformed, line.StepId, line.StepTitle);
        return string.IsNullOrWhiteSpace(line.Comment) ? text : $"{text}; {t.Format(Phrase.CommissionComment, line.Comment)}";
    }
}
