using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Domain.Exams;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P6: the exam notice (date, time, place or link, mode, language) with what the candidate must know beforehand (P7, P8, P11, P12).</summary>
internal static class ExamNoticeComposer
{
    public static void Compose(PageWriter page, ExamNotice notice, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "6", notice.CenterName);
        page.Title(t[Phrase.NoticeTitle], t[Phrase.ExamNoticeSubtitle]);
        page.Field(t[Phrase.Candidate], notice.Candidate.Full);
        page.Field(t[Phrase.SentOn], t.Date(notice.SentOn));
        page.Space(3);
        page.Paragraph(t[Phrase.ExamNoticeIntro]);
        page.Field(t[Phrase.Profession], t.Text(notice.Profession));
        page.Field(t[Phrase.NrkLevel], notice.NrkLevel.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Field(t[Phrase.ExamDate], t.Date(notice.ExamDate));
        page.Field(t[Phrase.StartTime], t.Time(notice.StartTime));
        page.Field(t[Phrase.Mode], t.Mode(notice.Mode));
        Where(page, t, notice.Mode, notice.Place, notice.OnlineLink);
        page.Field(t[Phrase.ExamLanguage], t.LanguageName(notice.ExamLanguage));
        page.Space(3);
        page.Paragraph(t[Phrase.ExamStages]);
        page.Paragraph(t[notice.Mode == ExamMode.Online ? Phrase.ExamOnline : Phrase.ExamOffline]);
        page.Paragraph(t[Phrase.ExamProhibited]);
        page.Paragraph(t[Phrase.ExamSickLeave]);
    }

    /// <summary>The place offline, the link online (P11.1).</summary>
    public static void Where(PageWriter page, DocumentWording t, ExamMode mode, string? place, string? link)
    {
        if (mode == ExamMode.Online)
        {
            page.Field(t[Phrase.OnlineLink], t.OrNotStated(link));
        }
        else
        {
            page.Field(t[Phrase.Place], t.OrNotStated(place));
        }
    }
}
