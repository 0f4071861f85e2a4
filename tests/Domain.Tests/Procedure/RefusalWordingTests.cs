using System.Text.RegularExpressions;
using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Domain.Tests.Procedure;

/// <summary>
/// A refusal is read by a person in their language: every message of the catalogue, every requirement and sharper
/// refusal of the procedure tables, every refusal a check of the domain can return (and the P6 window) is worded in
/// Russian and Kazakh next to the English, with no English sentence left in them.
/// </summary>
public static partial class RefusalWordingTests
{
    public static TheoryData<string> Tables() => ["application", "online sitting", "offline sitting"];

    [Fact]
    public static void EveryMessageOfTheCatalogueIsWordedInRussianAndKazakh()
    {
        foreach (var key in RefusalWording.Messages("en").Keys)
        {
            AssertWorded(key, RefusalWording.Of(new Refusal(Rule.P5, key, ["01.02.2026", "2", "3"])));
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public static void EveryRequirementIsWordedInRussianAndKazakh(string table)
    {
        foreach (var (action, requirement) in Requirements(table))
        {
            AssertWorded($"{table}: requirement of {action}", RefusalWording.Of(requirement));
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public static void EverySharperRefusalIsWordedInRussianAndKazakh(string table)
    {
        foreach (var (pair, refusal) in Refusals(table))
        {
            AssertWorded($"{table}: refusal of {pair}", RefusalWording.Of(refusal));
        }
    }

    [Fact]
    public static void EveryRefusalOfTheTablesCarriesItsRussianAndKazakhReason()
    {
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            foreach (var action in Enum.GetValues<ApplicationAction>())
            {
                if (ApplicationProcedure.Apply(state, action).Refusal is { } refusal)
                {
                    AssertWorded($"{action} from {state}", RefusalWording.Of(refusal));
                }
            }
        }

        foreach (var mode in Enum.GetValues<ExamMode>())
        {
            foreach (var state in Enum.GetValues<SittingState>())
            {
                foreach (var action in Enum.GetValues<SittingAction>())
                {
                    if (SittingProcedure.Apply(mode, state, action).Refusal is { } refusal)
                    {
                        AssertWorded($"{mode}: {action} from {state}", RefusalWording.Of(refusal));
                    }
                }
            }
        }
    }

    public static TheoryData<string, Refusal> ChecksRefusals() => new()
    {
        { nameof(Acquaintance.NotAcquainted), Acquaintance.NotAcquainted },
        { nameof(Acquaintance.NoSafetyBriefing), Acquaintance.NoSafetyBriefing },
        { nameof(AppealCommissionCheck.NotFormed), AppealCommissionCheck.NotFormed },
        { nameof(AppealCommissionCheck.NotAnAppealCommission), AppealCommissionCheck.NotAnAppealCommission },
        { nameof(AppealCommissionCheck.AnotherCenter), AppealCommissionCheck.AnotherCenter },
        { nameof(AppealCommissionCheck.AnotherCase), AppealCommissionCheck.AnotherCase },
        { nameof(AppealCommissionCheck.SharedMember), AppealCommissionCheck.SharedMember },
        { nameof(ExamLanguageChoice.NotALanguage), ExamLanguageChoice.NotALanguage },
        { nameof(ExamLanguageChoice.NoticeSent), ExamLanguageChoice.NoticeSent },
        { nameof(ExamLanguageChoice.CaseClosed), ExamLanguageChoice.CaseClosed },
        { nameof(SickLeaveSheet.NotReported), SickLeaveSheet.NotReported },
        { nameof(SickLeaveSheet.NotHandedIn), SickLeaveSheet.NotHandedIn },
        { nameof(SickLeaveSheet.NotReceived), SickLeaveSheet.NotReceived },
        { "appeal window", WindowClosed.Refusal(StatutoryDeadlines.AppealWindow, new DateOnly(2026, 12, 25)) },
        { "remarks window", WindowClosed.Refusal(StatutoryDeadlines.RemarksFixWindow, new DateOnly(2026, 12, 8)) },
            };

    [Theory]
    [MemberData(nameof(ChecksRefusals))]
    public static void EveryRefusalOfTheChecksIsWordedInRussianAndKazakh(string name, Refusal refusal)
    {
        AssertWorded(name, RefusalWording.Of(refusal));
        Assert.Equal(RuleKind.Law, refusal.Rule.Kind);
    }

    [Theory]
    [InlineData(DeadlineExpiry.ResultFinal)]
    [InlineData(DeadlineExpiry.MotivatedRefusalDrafted)]
    public static void AClosedWindowNamesTheLawsNumberOfDaysInEveryLanguage(DeadlineExpiry expiry)
    {
        var window = StatutoryDeadlines.All.Single(d => d.Owner == DeadlineOwner.Candidate && d.OnExpiry == expiry);
        var refusal = WindowClosed.Refusal(window, new DateOnly(2026, 12, 25));

        Assert.All(new[] { "en", "ru", "kk" }, language => Assert.Contains($"{window.Length} ", refusal.In(language)));
        Assert.Contains(window.Length == 3 ? "3 рабочих дня" : "5 рабочих дней", refusal.In("ru"));
    }

    [Fact]
    public static void TheReasonOfAFinalStateIsTheActionsRequirementThenWhyNotHere()
    {
        var refusal = ApplicationProcedure.Apply(ApplicationState.Withdrawn, ApplicationAction.StartExam).Refusal!;

        Assert.Equal("the exam starts on the date of the exam notice; the current state is final", refusal.In("en"));
        Assert.Equal("экзамен начинается в дату, указанную в уведомлении об экзамене; текущее состояние является конечным", refusal.In("ru"));
        Assert.Equal("емтихан ол туралы хабарламада көрсетілген күні басталады; ағымдағы күй соңғы болып табылады", refusal.In("kk"));
    }

    [Theory]
    [InlineData("2025-04-07", null)] // before the window
    [InlineData("2025-03-20", null)] // the notice day itself
    [InlineData("2025-03-22", RescheduleReason.SickLeave)] // a Saturday
    public static void TheExamDateWindowWordsItsRefusalsInRussianAndKazakh(string date, RescheduleReason? reason)
    {
        var refusal = ExamDateWindow.For(WorkingCalendar.Shipped(), new DateOnly(2025, 3, 20)).Check(DateOnly.Parse(date), reason);

        Assert.NotNull(refusal);
        AssertWorded(date, RefusalWording.Of(refusal));
    }

    private static IEnumerable<(object Action, Refusal Requirement)> Requirements(string table) => table switch
    {
        "application" => ApplicationProcedure.Table.Requirements.Select(p => ((object)p.Key, p.Value)),
        "online sitting" => SittingProcedure.Online.Requirements.Select(p => ((object)p.Key, p.Value)),
        _ => SittingProcedure.Offline.Requirements.Select(p => ((object)p.Key, p.Value)),
    };

    private static IEnumerable<(object Pair, Refusal Refusal)> Refusals(string table) => table switch
    {
        "application" => ApplicationProcedure.Table.Refusals.Select(p => ((object)p.Key, p.Value)),
        "online sitting" => SittingProcedure.Online.Refusals.Select(p => ((object)p.Key, p.Value)),
        _ => SittingProcedure.Offline.Refusals.Select(p => ((object)p.Key, p.Value)),
    };

    /// <summary>
    /// Russian and Kazakh are given, differ from the English, and every sentence (clause between ";") has Cyrillic
    /// letters; the Kazakh has letters of the Kazakh alphabet, so it is not the Russian copied.
    /// </summary>
    private static void AssertWorded(string what, Wording text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.En), what);
        foreach (var (language, wording) in new[] { ("ru", text.Ru), ("kk", text.Kk) })
        {
            Assert.False(string.IsNullOrWhiteSpace(wording), $"{what}: no {language} text");
            Assert.NotEqual(text.En, wording);
            foreach (var clause in wording.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(Cyrillic().IsMatch(clause), $"{what}: the {language} clause \"{clause}\" has no Cyrillic letter");
                Assert.False(EnglishWords().IsMatch(clause), $"{what}: the {language} clause \"{clause}\" reads as English");
            }
        }

        Assert.Matches(KazakhLetters(), text.Kk);
        Assert.DoesNotMatch(KazakhLetters(), text.Ru);
        Assert.NotEqual(text.Ru, text.Kk);
    }

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    /// <summary>Three English words in a row: an English sentence left untranslated.</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")]
    private static partial Regex KazakhLetters();
}
