using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P5: the motivated refusal listing the unresolved remarks, signed by the head of the center.</summary>
internal static class MotivatedRefusalComposer
{
    public static void Compose(PageWriter page, MotivatedRefusal refusal, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "5", refusal.CenterName);
        page.Title(t[Phrase.RefusalTitle], t[Phrase.RefusalSubtitle]);
        CommonBlocks.CandidateAndProfession(page, t, refusal.Candidate, refusal.Profession);
        page.Space(3);
        page.Paragraph(t.Format(Phrase.RefusalIntro, t.Date(refusal.RemarksNoticeSentOn)));
        page.NumberedList(refusal.UnresolvedRemarks);
        page.Paragraph(t[Phrase.RefusalAppeal]);
        CommonBlocks.Head(page, t, refusal.Head.FullName, refusal.Head.SignedOn);
    }
}
