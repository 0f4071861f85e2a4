using Platform.Domain.Exams;
using Platform.Domain.Proctoring;
using Platform.Domain.Programs;

namespace Platform.Domain.Tests.Programs;

/// <summary>The demo programs shipped with the platform are valid and realistic (SPEC §5, issue 5).</summary>
public sealed class DemoProgramTests
{
    private const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    public static TheoryData<string> Files => [.. DemoProgramFiles.All()];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryDemoProgramIsValid(string file)
    {
        var program = DemoProgramFiles.Load(file);

        Assert.Empty(program.Validate());
        Assert.Equal(program.Code + ".json", file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryDemoProgramIsStoredInItsNormalizedForm(string file)
    {
        var json = DemoProgramFiles.Read(file);

        Assert.Equal(json.ReplaceLineEndings("\n").TrimEnd(), DemoProgramFiles.Load(file).ToJson().ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TheKazakhWordingIsKazakhAndDiffersFromTheRussian(string file)
    {
        var program = DemoProgramFiles.Load(file);

        Assert.All(program.Theory.Questions, q =>
        {
            Assert.True(q.Kk.Text.IndexOfAny(KazakhLetters.ToCharArray()) >= 0, $"{q.Id}: '{q.Kk.Text}' has no Kazakh letter");
            Assert.NotEqual(q.Ru.Text, q.Kk.Text);
        });
    }

    [Fact]
    public void TheAccountantProgramHasTheBankTheMapAndTheCalculator()
    {
        var program = DemoProgramFiles.Load(DemoProgramFiles.Accountant);

        Assert.Equal(("accountant-nrk5", 5), (program.Code, program.NrkLevel));
        Assert.True(program.Theory.Questions.Count(q => q.Kk is not null) >= 60);
        Assert.True(program.Theory.Questions.Count(q => q.Ru is not null) >= 60);
        Assert.True(program.Theory.Topics.Count >= 4);
        Assert.Equal(30, program.Theory.TicketSize);
        Assert.True(program.Practical[0].Steps.Count >= 8);
        Assert.True(program.ItemsAllowed.Allows(ProhibitedItem.Calculator));
        Assert.False(program.ItemsAllowed.Allows(ProhibitedItem.Smartphone));
        Assert.True(program.Offers(ExamMode.Online) && program.Offers(ExamMode.Offline));
    }

    [Fact]
    public void TheWelderProgramIsOfflineWithASafetyTopic()
    {
        var program = DemoProgramFiles.Load(DemoProgramFiles.Welder);

        Assert.Equal([ExamMode.Offline], program.Modes);
        Assert.True(program.Theory.Questions.Count >= 20);
        Assert.Contains(program.Theory.Blueprint, e => e.Topic == "safety");
        Assert.Empty(program.ItemsAllowed.Items);
        Assert.True(program.Practical[0].Steps.Count >= 8);
    }

    [Theory]
    [InlineData(ExamLanguage.Kk)]
    [InlineData(ExamLanguage.Ru)]
    public void TheAccountantMapIsMarkedByTheCommissionInEitherLanguage(ExamLanguage language)
    {
        var map = DemoProgramFiles.Load(DemoProgramFiles.Accountant).Practical[0].MapIn(language);

        var allPerformed = PracticalResult.Evaluate(map, map.Steps.Select(s => new StepMark(s.Id, true)));
        var optionalMissed = PracticalResult.Evaluate(map, map.Steps.Select(s => new StepMark(s.Id, s.Required)));
        var vatWrong = PracticalResult.Evaluate(map, map.Steps.Select(s => new StepMark(s.Id, s.Id != "vat")));

        Assert.True(allPerformed.Passed);
        Assert.True(optionalMissed.Passed);
        Assert.False(vatWrong.Passed);
    }
}
