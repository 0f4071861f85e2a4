using Platform.Domain.Exams;
using Platform.Domain.Programs;
using static Platform.Domain.Tests.Programs.SamplePrograms;

namespace Platform.Domain.Tests.Programs;

/// <summary>
/// A program document is checked as a whole and every error is named with its path and its message key with the values
/// the wording names (SPEC §5; P4, P9, P12, P15, P16); the wording is the Frontend's, in the reader's language.
/// </summary>
public sealed class ProgramValidationTests
{
    public static TheoryData<string, Func<QualificationProgram, QualificationProgram>, string, string> Breakages => new()
    {
        { "digit-only code", p => p with { Code = "12345" }, "code", "CodeInvalid(12345, 64)" },
        { "capitalized code", p => p with { Code = "Accountant" }, "code", "CodeInvalid(Accountant, 64)" },
        { "missing code", p => p with { Code = null! }, "code", "CodeMissing" },
        { "profession without ru", p => p with { Profession = new LocalizedText("Үлгі", " ") }, "profession.ru", "TextMissing(ru)" },
        { "OKED of 4 digits", p => p with { Oked = "6920" }, "oked", "OkedInvalid(5, 6920)" },
        { "NKZ of 7 digits", p => p with { Nkz = "2411100" }, "nkz", "NkzInvalid(8, 0, 2411100)" },
        { "NRK level 9", p => p with { NrkLevel = 9 }, "nrkLevel", "NrkLevelOutOfRange(1, 8, 9)" },
        { "no mode", p => p with { Modes = [] }, "modes", "ModesMissing" },
        { "a mode twice", p => p with { Modes = [ExamMode.Online, ExamMode.Online] }, "modes[1]", "ModeRepeated(Online)" },
        { "no validity", p => p with { ValidityYears = 0 }, "validityYears", "ValidityOutOfRange(10, 0)" },
        { "no document requirements", p => p with { Documents = null! }, "documents", "DocumentsMissing" },
        { "no allowed items list", p => p with { AllowedItems = null! }, "allowedItems", "AllowedItemsMissing" },
        { "no theory time limit", p => p with { Theory = p.Theory with { TimeLimitMinutes = 0 } }, "theory.timeLimitMinutes", "MinutesOutOfRange(480, 0)" },
        { "no topics", p => p with { Theory = p.Theory with { Topics = [] } }, "theory.topics", "TopicsMissing" },
        { "a question without ru", p => p.WithQuestion(1, q => q with { Ru = null! }), "theory.questions[1].ru", "TextMissing(ru)" },
        { "an empty kk text", p => p.WithQuestion(2, q => q with { Kk = q.Kk with { Text = "" } }), "theory.questions[2].kk.text", "TextMissing(kk)" },
        { "one option", p => p.WithQuestion(0, q => q with { Ru = q.Ru with { Options = [new QuestionOption("b", "только")] } }), "theory.questions[0].ru.options", "OptionsCount(2, 8, ru, 1)" },
        { "a repeated option id", p => p.WithQuestion(0, q => q with { Kk = q.Kk with { Options = [.. q.Kk.Options.Take(2), new QuestionOption("a", "басқа")] } }), "theory.questions[0].kk.options[2].id", "IdRepeated(a)" },
        { "a repeated option text", p => p.WithQuestion(0, q => q with { Kk = q.Kk with { Options = [.. q.Kk.Options.Take(2), new QuestionOption("c", q.Kk.Options[0].Text)] } }), "theory.questions[0].kk.options[2].text", "OptionTextRepeated(kk, c)" },
        { "option ids differing across languages", p => p.WithQuestion(0, q => q with { Ru = q.Ru with { Options = [.. q.Ru.Options.Take(2), new QuestionOption("d", "ответ D")] } }), "theory.questions[0]", "OptionsDiffer(" },
        { "a correct option that is not an option", p => p.WithQuestion(3, q => q with { Correct = "e" }), "theory.questions[3].correct", "CorrectUnknown(e)" },
        { "no correct option", p => p.WithQuestion(3, q => q with { Correct = " " }), "theory.questions[3].correct", "CorrectMissing" },
        { "a repeated question id", p => p.WithQuestion(4, q => q with { Id = "law-1" }), "theory.questions[4].id", "IdRepeated(law-1)" },
        { "a question of an unknown topic", p => p.WithQuestion(4, q => q with { Topic = "ethics" }), "theory.questions[4].topic", "TopicUnknown(ethics)" },
        { "a blueprint the bank cannot fill", p => p with { Theory = p.Theory with { Blueprint = [new BlueprintEntry("tax", 5)] } }, "theory.blueprint[0].count", "BlueprintCountTooLarge(tax, 5, 3)" },
        { "a blueprint of an unknown topic", p => p with { Theory = p.Theory with { Blueprint = [new BlueprintEntry("ethics", 1)] } }, "theory.blueprint[0].topic", "TopicUnknown(ethics)" },
        { "a blueprint naming a topic twice", p => p with { Theory = p.Theory with { Blueprint = [new BlueprintEntry("tax", 1), new BlueprintEntry("tax", 1)] } }, "theory.blueprint[1].topic", "BlueprintTopicRepeated(tax)" },
        { "a blueprint drawing nothing", p => p with { Theory = p.Theory with { Blueprint = [new BlueprintEntry("tax", 0)] } }, "theory.blueprint[0].count", "BlueprintCountTooSmall(tax, 0)" },
        { "an empty blueprint", p => p with { Theory = p.Theory with { Blueprint = [] } }, "theory.blueprint", "BlueprintEmpty" },
        { "no practical task", p => p with { Practical = [] }, "practical", "PracticalMissing" },
        { "a repeated step id", p => p with { Practical = [Practical("task", "s1", "s2", "s1")] }, "practical[0].steps[2].id", "IdRepeated(s1)" },
        { "a map without steps", p => p with { Practical = [Practical("task")] }, "practical[0].steps", "StepsMissing" },
        { "a step without criteria", p => p with { Practical = [Practical("task", "s1") with { Steps = [Step("s1") with { Criteria = [] }] }] }, "practical[0].steps[0].criteria", "CriteriaMissing" },
        { "a criterion without kk", p => p with { Practical = [Practical("task", "s1") with { Steps = [Step("s1") with { Criteria = [new LocalizedText("", "критерий")] }] }] }, "practical[0].steps[0].criteria[0].kk", "TextMissing(kk)" },
        { "a task without time limit", p => p with { Practical = [Practical("task", "s1") with { TimeLimitMinutes = 0 }] }, "practical[0].timeLimitMinutes", "MinutesOutOfRange(480, 0)" },
    };

    [Fact]
    public void TheSampleProgramIsValid() => Assert.Empty(Valid().Validate());

    [Theory]
    [MemberData(nameof(Breakages))]
    public void EachBrokenRuleIsNamedWithItsPathAndKey(string what, Func<QualificationProgram, QualificationProgram> breakIt, string path, string message)
    {
        var errors = breakIt(Valid()).Validate();

        Assert.True(
            errors.Any(e => e.Path == path && e.ToString().StartsWith($"{path}: {message}", StringComparison.Ordinal)),
            $"{what}: expected '{path}: …{message}…', got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Fact]
    public void EveryErrorOfADocumentIsReportedAtOnce()
    {
        var withoutRu = Valid().WithQuestion(1, q => q with { Ru = null! });
        var broken = withoutRu with
        {
            Oked = "1",
            Theory = withoutRu.Theory with { Blueprint = [new BlueprintEntry("law", 3)] },
        };

        var thrown = Assert.Throws<ProgramValidationException>(() => QualificationProgram.Parse(broken.ToJson()));

        Assert.Equal(["oked", "theory.questions[1].ru", "theory.blueprint[0].count"], thrown.Errors.Select(e => e.Path));
        Assert.Contains("theory.questions[1].ru: TextMissing(ru)", thrown.Message);
        Assert.Contains("3 error(s)", thrown.Message);
    }

    [Fact]
    public void AValidProgramRoundTripsThroughItsJson()
    {
        var json = Valid().ToJson();

        var again = QualificationProgram.Parse(json);

        Assert.Equal(json, again.ToJson());
        Assert.Contains("\"allowedItems\": [\n    \"calculator\"\n  ]", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"modes\": [\n    \"online\",\n    \"offline\"\n  ]", json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AnUnknownMemberIsRefusedWithItsPath()
    {
        var json = Valid().ToJson().Replace("\"nrkLevel\": 4,", "\"nrkLevel\": 4, \"colour\": \"red\",", StringComparison.Ordinal);

        var thrown = Assert.Throws<ProgramValidationException>(() => QualificationProgram.Parse(json));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal("MalformedJson", error.Key);
        Assert.Contains("colour", Assert.Single(error.Arguments));
    }

    [Fact]
    public void AnUnknownModeIsRefused()
    {
        var json = Valid().ToJson().Replace("\"offline\"", "\"postal\"", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<ProgramValidationException>(() => QualificationProgram.Parse(json)).Errors);

        Assert.Equal("modes[1]", error.Path);
    }

    [Fact]
    public void AMissingLanguageInTheJsonIsAValidationErrorNotAParseError()
    {
        var json = Valid().ToJson();
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        document["theory"]!["questions"]![0]!.AsObject().Remove("ru");

        var error = Assert.Single(Assert.Throws<ProgramValidationException>(() => QualificationProgram.Parse(document.ToJsonString())).Errors);

        Assert.Equal("theory.questions[0].ru: TextMissing(ru)", error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{ \"code\": ")]
    [InlineData("[]")]
    public void MalformedJsonIsOneError(string json)
    {
        var error = Assert.Single(Assert.Throws<ProgramValidationException>(() => QualificationProgram.Parse(json)).Errors);

        Assert.Equal(json == "null" ? "DocumentNull" : "MalformedJson", error.Key);
    }

    [Fact]
    public void ADuplicateMemberIsRefused()
    {
        var json = Valid().ToJson().Replace("\"nrkLevel\": 4,", "\"nrkLevel\": 4, \"nrkLevel\": 5,", StringComparison.Ordinal);

        Assert.Throws<ProgramValidationException>(() => QualificationProgram.Parse(json));
    }

    [Fact]
    public void TheMapOfATaskReadsInEitherLanguageWithTheSameStepIds()
    {
        var task = Valid().Practical[0];

        var kk = task.MapIn(ExamLanguage.Kk);
        var ru = task.MapIn(ExamLanguage.Ru);

        Assert.Equal(kk.Steps.Select(s => s.Id), ru.Steps.Select(s => s.Id));
        Assert.Equal("шаг s1", ru.Steps[0].Title);
        Assert.Equal("s1 қадамы", kk.Steps[0].Title);
        Assert.Equal(["өлшем"], kk.Steps[0].Criteria);
    }
}
