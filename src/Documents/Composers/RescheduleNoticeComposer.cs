using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Domain.Deadlines;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P7, P11: the notice of the new date after sick leave or a technical failure.</summary>
internal static class RescheduleNoticeComposer
{
    public static void Compose(PageWriter page, RescheduleNotice notice, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, notice.Reason == RescheduleReason.SickLeave ? "7" : "11", notice.CenterName);
        page.Title(t[Phrase.NoticeTitle], t[Phrase.RescheduleSubtitle]);
        CommonBlocks.CandidateAndProfession(page, t, notice.Candidate, notice.Profession);
        page.Field(t[Phrase.SentOn], t.Date(notice.SentOn));
        page.Space(3);
        page.Paragraph(t.Format(Phrase.RescheduleIntro, t.Date(notice.OldDate)));
        page.Field(t[Phrase.RescheduleReason], t.Reason(notice.Reason));
        page.Field(t[Phrase.OldDate], t.Date(notice.OldDate));
        page.Field(t[Phrase.NewDate], t.Date(notice.NewDate));
        page.Field(t[Phrase.StartTime], t.Time(notice.NewStartTime));
        page.Field(t[Phrase.Mode], t.Mode(notice.Mode));
        ExamNoticeComposer.Where(page, t, notice.Mode, notice.Place, notice.OnlineLink);
        page.Space(3);
        page.Paragraph(t[Phrase.ExamProhibited]);
    }
}
