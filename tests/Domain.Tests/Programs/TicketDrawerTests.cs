using CsCheck;
using Platform.Domain.Programs;

namespace Platform.Domain.Tests.Programs;

/// <summary>P9, P15: a ticket is drawn per the blueprint in the candidate's language; the same seed redraws it.</summary>
public sealed class TicketDrawerTests
{
    private static readonly QualificationProgram Accountant = DemoProgramFiles.Load(DemoProgramFiles.Accountant);

    [Fact]
    public void ATicketDrawsFromEachTopicWhatTheBlueprintSays()
    {
        var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed: 42);

        var perTopic = ticket.Questions.GroupBy(q => q.Topic).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Accountant.Theory.Blueprint.ToDictionary(e => e.Topic, e => e.Count), perTopic);
        Assert.Equal(30, ticket.Size);
        Assert.Equal(ticket.Size, ticket.Questions.Select(q => q.QuestionId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 30), ticket.Questions.Select(q => q.Number));
    }

    [Theory]
    [InlineData(ExamLanguage.Kk)]
    [InlineData(ExamLanguage.Ru)]
    public void ATicketIsWordedOnlyInTheChosenLanguage(ExamLanguage language)
    {
        var other = language == ExamLanguage.Kk ? ExamLanguage.Ru : ExamLanguage.Kk;
        var bank = Accountant.Theory.Questions.ToDictionary(q => q.Id);

        var ticket = TicketDrawer.Draw(Accountant, language, seed: 7);

        Assert.Equal(language, ticket.Language);
        foreach (var question in ticket.Questions)
        {
            var source = bank[question.QuestionId];
            Assert.Equal(source.In(language).Text, question.Text);
            Assert.NotEqual(source.In(other).Text, question.Text);
            Assert.Equal(
                source.In(language).Options.OrderBy(o => o.Id).Select(o => o.Text),
                question.Options.OrderBy(o => o.Id).Select(o => o.Text));
        }
    }

    [Fact]
    public void TheSameSeedDrawsTheSameTicket()
    {
        Gen.Long.Sample(seed =>
            Signature(TicketDrawer.Draw(Accountant, ExamLanguage.Kk, seed)) == Signature(TicketDrawer.Draw(Accountant, ExamLanguage.Kk, seed)));
    }

    [Fact]
    public void AnyTicketFollowsTheBlueprint()
    {
        Gen.Long.Sample(seed =>
        {
            var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed);
            return Accountant.Theory.Blueprint.All(e => ticket.Questions.Count(q => q.Topic == e.Topic) == e.Count)
                && ticket.Questions.Select(q => q.QuestionId).Distinct().Count() == ticket.Size;
        });
    }

    [Fact]
    public void DifferentSeedsDrawDifferentTickets()
    {
        var signatures = Enumerable.Range(0, 50).Select(seed => Signature(TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed))).ToHashSet();

        Assert.Equal(50, signatures.Count);
    }

    [Fact]
    public void OptionsAreShuffledPerTicketWhileTheAnswerKeyFollowsTheIds()
    {
        var positions = Enumerable.Range(0, 40)
            .Select(seed => TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed).Questions[0])
            .Select(q => q.Options.Select(o => o.Id).ToList().IndexOf(q.CorrectOptionId))
            .ToHashSet();

        Assert.True(positions.Count > 1, "the correct option should not always sit at the same place");
    }

    [Fact]
    public void TheSameSeedDrawsTheSameQuestionsInEitherLanguage()
    {
        var kk = TicketDrawer.Draw(Accountant, ExamLanguage.Kk, seed: 99);
        var ru = TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed: 99);

        Assert.Equal(kk.Questions.Select(q => (q.QuestionId, q.CorrectOptionId)), ru.Questions.Select(q => (q.QuestionId, q.CorrectOptionId)));
        Assert.Equal(kk.Questions.Select(q => q.Options.Select(o => o.Id)), ru.Questions.Select(q => q.Options.Select(o => o.Id)));
    }

    [Fact]
    public void ARandomSourceGivesATicketThatCarriesItsSeed()
    {
        var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Kk, new Random(5));

        Assert.Equal(Signature(ticket), Signature(TicketDrawer.Draw(Accountant, ExamLanguage.Kk, ticket.Seed)));
    }

    [Fact]
    public void AnInvalidProgramDrawsNoTicket()
    {
        var broken = Accountant with { Theory = Accountant.Theory with { Blueprint = [new BlueprintEntry("taxes", 99)] } };

        Assert.Throws<ProgramValidationException>(() => TicketDrawer.Draw(broken, ExamLanguage.Ru, seed: 1));
    }

    [Fact]
    public void AllAnswersRightAdmitsToThePracticalStage()
    {
        var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Kk, seed: 3);

        var result = ticket.Score(Answers(ticket, right: ticket.Size));

        Assert.Equal((30, 30, true), (result.Correct, result.Total, result.Admitted));
    }

    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    public void MoreThanSeventyPercentOfTheTicketAdmits(int right, bool admitted)
    {
        var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed: 11);

        var result = ticket.Score(Answers(ticket, right));

        Assert.Equal(right, result.Correct);
        Assert.Equal(admitted, result.Admitted);
    }

    [Fact]
    public void AnUnansweredQuestionCountsAsNotCorrect()
    {
        var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed: 12);
        var answers = Answers(ticket, right: ticket.Size).Skip(1).ToDictionary();

        Assert.Equal(29, ticket.Score(answers).Correct);
    }

    [Fact]
    public void AnAnswerToAQuestionNotOnTheTicketIsRefused()
    {
        var ticket = TicketDrawer.Draw(Accountant, ExamLanguage.Ru, seed: 13);
        var absent = Accountant.Theory.Questions.First(q => ticket.Find(q.Id) is null);

        Assert.False(ticket.Accepts(absent.Id, absent.Correct));
        Assert.Throws<ArgumentException>(() => ticket.Score(new Dictionary<string, string> { [absent.Id] = absent.Correct }));
        Assert.Throws<ArgumentException>(() => ticket.Score(new Dictionary<string, string> { [ticket.Questions[0].QuestionId] = "z" }));
    }

    private static Dictionary<string, string> Answers(Ticket ticket, int right) => ticket.Questions.ToDictionary(
        q => q.QuestionId,
        q => q.Number <= right ? q.CorrectOptionId : q.Options.First(o => o.Id != q.CorrectOptionId).Id);

    private static string Signature(Ticket ticket) => string.Join(
        ";", ticket.Questions.Select(q => q.QuestionId + ":" + string.Concat(q.Options.Select(o => o.Id))));
}
