using System.Text.RegularExpressions;
using Platform.Domain.Rules;

namespace Platform.Domain.Tests.Rules;

/// <summary>
/// Issue 12: each point of the Rules is one value of the catalogue, cited in words in Russian and Kazakh; every refusal
/// message is worded in English, Russian and Kazakh with the same arguments.
/// </summary>
public static partial class RuleCatalogueTests
{
    public static TheoryData<string> Languages() => ["ru", "kk"];

    [Fact]
    public static void EveryPointOfTheRulesIsCitedInRussianAndKazakh()
    {
        var uncited = Rule.All.Where(rule => rule.Kind == RuleKind.Law)
            .Where(rule => RuleCitation.Ru(rule.Id) is null || RuleCitation.Kk(rule.Id) is null)
            .Select(rule => rule.Id);

        Assert.Empty(uncited);
    }

    [Theory]
    [InlineData("P21-1", "Пункт 21-1 Правил признания профессиональных квалификаций")]
    [InlineData("P2.8", "Подпункт 8) пункта 2 Правил признания профессиональных квалификаций")]
    [InlineData("App.2", "Приложение 2 к Правилам признания профессиональных квалификаций")]
    public static void ARuleIsFoundByItsIdAndCitedInWords(string id, string russian)
    {
        var rule = Rule.Of(id);

        Assert.Equal(id, rule.Id);
        Assert.Equal(russian, RuleCitation.Ru(rule.Id));
    }

    [Fact]
    public static void AnIdOutsideTheCatalogueIsNoRule()
    {
        Assert.Null(Rule.Find("P99"));
        Assert.Throws<ArgumentException>(() => Rule.Of("P99"));
    }

    [Fact]
    public static void TheSpecificationAndThePlatformsOwnChecksAreNoPointsOfTheRules()
    {
        Assert.Equal([Rule.Calendar], Rule.All.Where(rule => rule.Kind == RuleKind.Specification));
        Assert.Equal([Rule.InvalidInput, Rule.CommandIdTaken], Rule.All.Where(rule => rule.Kind == RuleKind.Platform));
        Assert.All(Rule.All.Where(rule => rule.Kind != RuleKind.Law), rule => Assert.Null(RuleCitation.Ru(rule.Id)));
    }

    [Fact]
    public static void PointsCitedTogetherAreOneRuleFoundByTheirId()
    {
        var together = Rule.P8.And(Rule.P2_8);

        Assert.Equal("P8, P2.8", together.Id);
        Assert.Same(together, Rule.Of("P8, P2.8"));
        Assert.DoesNotContain(together, Rule.All);
        Assert.Equal("Пункт 8, подпункт 8) пункта 2 Правил признания профессиональных квалификаций", RuleCitation.Ru(together.Id));
        Assert.Null(Rule.Find("P8, P99"));
        Assert.Null(Rule.Find("P8, invalid-input"));
    }

    [Fact]
    public static void ARefusalQualifiedByAnotherMessageIsWordedOneAfterTheOther()
    {
        var refusal = Refusal.Of(Rule.P8, "CheckInOnce").Then("StateIsFinal");

        Assert.Equal(["CheckInOnce", "StateIsFinal"], refusal.Messages);
        Assert.EndsWith("; текущее состояние является конечным", refusal.In("ru"));
    }

    [Fact]
    public static void ARefusalCrossesJsonByItsRuleIdMessageAndArguments()
    {
        var refusal = Refusal.Of(Rule.P10.And(Rule.P11), "ExtraTimeRange", 240);

        var json = System.Text.Json.JsonSerializer.Serialize(refusal);

        Assert.Equal("""{"rule":"P10, P11","message":"ExtraTimeRange","arguments":["240"]}""", json);
        Assert.Equal(refusal, System.Text.Json.JsonSerializer.Deserialize<Refusal>(json));
    }

    [Fact]
    public static void NoMessageKeyJoinsOthers()
    {
        Assert.DoesNotContain(RefusalWording.Messages("en").Keys, key => key.Contains('+', StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public static void EveryMessageIsWordedInTheLanguageWithTheSameArguments(string language)
    {
        var english = RefusalWording.Messages("en");
        var translated = RefusalWording.Messages(language);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), translated.Keys.Order());
        foreach (var (key, text) in english)
        {
            Assert.Equal(Placeholders(text), Placeholders(translated[key]));
            Assert.NotEqual(text, translated[key]);
        }
    }

    [Fact]
    public static void ARefusalWritesItsDateAsEveryLanguageReadsIt()
    {
        var day = Refusal.Of(Rule.P20, "CheckInOnce", new DateOnly(2026, 12, 25));
        var lateEvening = Refusal.Of(Rule.P20, "CheckInOnce", new DateTimeOffset(2026, 12, 25, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(["25.12.2026"], day.Arguments);
        Assert.Equal(["26.12.2026"], lateEvening.Arguments); // 01:00 on the 26th in Almaty
    }

    [Fact]
    public static void ARefusalIsWordedInTheCallersLanguage()
    {
        var refusal = Refusal.Of(Rule.P8, "CheckInOnce");

        Assert.StartsWith("check-in happens once", refusal.In("en"));
        Assert.StartsWith("идентификация и ознакомление", refusal.In("ru"));
        Assert.StartsWith("кандидатты сәйкестендіру", refusal.In("kk"));
        Assert.Equal(refusal, Refusal.Of(Rule.P8, "CheckInOnce"));
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
