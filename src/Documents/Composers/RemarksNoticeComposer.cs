using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P5: the notice with remarks and the three-working-day deadline to fix them.</summary>
internal static class RemarksNoticeComposer
{
    public static void Compose(PageWriter page, RemarksNotice notice, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "5", notice.CenterName);
        page.Title(t[Phrase.RemarksTitle], t[Phrase.RemarksSubtitle]);
        CommonBlocks.CandidateAndProfession(page, t, notice.Candidate, notice.Profession);
        page.Field(t[Phrase.SentOn], t.Date(notice.SentOn));
        page.Field(t[Phrase.FixByLabel], t.Date(notice.FixBy));
        page.Space(3);
        page.Paragraph(t.Format(Phrase.RemarksIntro, t.Date(notice.ApplicationRegisteredOn)));
        page.NumberedList(notice.Remarks);
        page.Paragraph(t.Format(Phrase.RemarksFixBy, t.Date(notice.FixBy)), bold: true);
        page.Paragraph(t[Phrase.RemarksConsequence]);
    }
}
