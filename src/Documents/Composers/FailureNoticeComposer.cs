using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P19: the "not passed" notice: decision, results, right to retake, recommendations, and the appeal window (P20).</summary>
internal static class FailureNoticeComposer
{
    public static void Compose(PageWriter page, FailureNotice notice, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "19", notice.CenterName);
        page.Title(t[Phrase.NoticeTitle], t[Phrase.FailureSubtitle]);
        CommonBlocks.CandidateAndProfession(page, t, notice.Candidate, notice.Profession);
        page.Field(t[Phrase.SentOn], t.Date(notice.SentOn));
        page.Space(3);
        page.Paragraph(t.Format(Phrase.FailureIntro, notice.ProtocolNumber, t.Date(notice.ProtocolSignedOn)));
        ExamResults.Theory(page, t, notice.Theory);
        ExamResults.Practical(page, t, notice.Practical);
        page.Heading(t[Phrase.RetakeHeading]);
        page.Paragraph(t[Phrase.Retake]);
        page.Heading(t[Phrase.RecommendationsHeading]);
        page.NumberedList(notice.Recommendations, t[Phrase.NoneListed]);
        page.Paragraph(t[Phrase.AppealRight], bold: true);
    }
}
