using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;

namespace Platform.Domain.Tests.Procedure;

/// <summary>P7, P8, P9: the checks before the exam, as tables of what is allowed and what is refused under which rule.</summary>
public static class PreExamRuleTests
{
    [Theory]
    [InlineData("kk", false, false, null)]
    [InlineData("ru", false, false, null)]
    [InlineData("en", false, false, "P9")]
    [InlineData("KK", false, false, "P9")]
    [InlineData("", false, false, "P9")]
    [InlineData(null, false, false, "P9")]
    [InlineData("kk", true, false, "P9")]
    [InlineData("ru", false, true, "P9")]
    public static void TheCandidateChoosesKazakhOrRussianUntilTheNoticeIsSent(string? language, bool noticeSent, bool closed, string? rule)
    {
        Assert.Equal(rule, ExamLanguageChoice.CheckChange(language, noticeSent, closed)?.Rule.Id);
    }

    [Fact]
    public static void AChangeAfterTheNoticeIsRefusedForThatReason()
    {
        Assert.Same(ExamLanguageChoice.NoticeSent, ExamLanguageChoice.CheckChange("kk", noticeSent: true, closed: false));
        Assert.Same(ExamLanguageChoice.NotALanguage, ExamLanguageChoice.CheckChange("de", noticeSent: true, closed: false));
    }

    [Theory]
    [InlineData(RescheduleReason.SickLeave, null)]
    [InlineData(RescheduleReason.TechnicalFailure, "P7")]
    [InlineData(null, "P7")]
    public static void TheSheetConfirmsAReportedIncapacity(RescheduleReason? pending, string? rule)
    {
        Assert.Equal(rule, SickLeaveSheet.CheckHandIn(pending)?.Rule.Id);
    }

    [Theory]
    [InlineData(RescheduleReason.SickLeave, false, "P7")]
    [InlineData(RescheduleReason.SickLeave, true, null)]
    [InlineData(RescheduleReason.TechnicalFailure, false, null)]
    [InlineData(null, false, null)]
    public static void AP7RescheduleWaitsForTheSheetReceived(RescheduleReason? reason, bool received, string? rule)
    {
        Assert.Equal(rule, SickLeaveSheet.CheckReschedule(reason, received)?.Rule.Id);
    }

    [Theory]
    [InlineData(RescheduleReason.SickLeave, false, "NotHandedIn")]
    [InlineData(RescheduleReason.SickLeave, true, null)]
    [InlineData(RescheduleReason.TechnicalFailure, true, "NotReported")]
    [InlineData(null, true, "NotReported")]
    public static void TheCenterRecordsOnlyASheetHandedInForAReportedIncapacity(RescheduleReason? pending, bool handedIn, string? refusal)
    {
        var expected = refusal switch
        {
            "NotHandedIn" => SickLeaveSheet.NotHandedIn,
            "NotReported" => SickLeaveSheet.NotReported,
            _ => null,
        };
        Assert.Same(expected, SickLeaveSheet.CheckReceipt(pending, handedIn));
    }

    [Theory]
    [InlineData(true, true, false, null, null)]
    [InlineData(true, true, true, "Журнал №3, запись 12", null)]
    [InlineData(false, true, false, null, "NotAcquainted")]
    [InlineData(true, false, false, null, "NotAcquainted")]
    [InlineData(false, false, true, "entry", "NotAcquainted")]
    [InlineData(true, true, true, null, "NoSafetyBriefing")]
    [InlineData(true, true, true, "   ", "NoSafetyBriefing")]
    public static void BeforeTheExamTheCandidateIsAcquaintedAndOfflineBriefed(bool methodology, bool complaintAndAppeal, bool offline, string? entry, string? refusal)
    {
        var expected = refusal switch
        {
            "NotAcquainted" => Acquaintance.NotAcquainted,
            "NoSafetyBriefing" => Acquaintance.NoSafetyBriefing,
            _ => null,
        };
        Assert.Same(expected, Acquaintance.Check(methodology, complaintAndAppeal, offline, entry));
    }
}
