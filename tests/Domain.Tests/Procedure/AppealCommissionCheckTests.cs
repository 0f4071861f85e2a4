using Platform.Domain.Procedure;

namespace Platform.Domain.Tests.Procedure;

/// <summary>P21, P21-1: the commission an appeal is passed to, as a table of commissions and verdicts.</summary>
public static class AppealCommissionCheckTests
{
    private const string Case = "case-1";
    private static readonly string[] Examiners = ["exam.a", "exam.b", "exam.c"];

    public static TheoryData<string, AppealCommissionFacts?, string?> Commissions() => new()
    {
        { "a separate appeal commission formed for the case", new(true, "0001", Case, ["appeal.a", "appeal.b", "appeal.c"]), null },
        { "none formed under the id", null, nameof(AppealCommissionCheck.NotFormed) },
        { "an examination commission", new(false, "0001", null, ["appeal.a", "appeal.b", "appeal.c"]), nameof(AppealCommissionCheck.NotAnAppealCommission) },
        { "another center's", new(true, "0002", Case, ["appeal.a", "appeal.b", "appeal.c"]), nameof(AppealCommissionCheck.AnotherCenter) },
        { "formed for another case", new(true, "0001", "case-2", ["appeal.a", "appeal.b", "appeal.c"]), nameof(AppealCommissionCheck.AnotherCase) },
        { "one examiner among its members", new(true, "0001", Case, ["appeal.a", "exam.b", "appeal.c"]), nameof(AppealCommissionCheck.SharedMember) },
    };

    [Theory]
    [MemberData(nameof(Commissions))]
    public static void AnAppealIsPassedOnlyToASeparateAppealCommissionOfTheCaseAndCenter(string what, AppealCommissionFacts? commission, string? refusal)
    {
        var expected = refusal switch
        {
            nameof(AppealCommissionCheck.NotFormed) => AppealCommissionCheck.NotFormed,
            nameof(AppealCommissionCheck.NotAnAppealCommission) => AppealCommissionCheck.NotAnAppealCommission,
            nameof(AppealCommissionCheck.AnotherCenter) => AppealCommissionCheck.AnotherCenter,
            nameof(AppealCommissionCheck.AnotherCase) => AppealCommissionCheck.AnotherCase,
            nameof(AppealCommissionCheck.SharedMember) => AppealCommissionCheck.SharedMember,
            _ => null,
        };

        Assert.True(ReferenceEquals(expected, AppealCommissionCheck.Registration(commission, Case, "0001", Examiners)), what);
    }

    [Theory]
    [InlineData("appeal.a,appeal.b", "exam.a,exam.b", null)]
    [InlineData("appeal.a,exam.b", "exam.a,exam.b", "P21-1")]
    [InlineData("EXAM.A", "exam.a", null)] // subjects are compared as the identity provider issues them
    [InlineData("appeal.a", "", null)]
    public static void TheSeparationIsByPeople(string appeal, string examiners, string? rule)
    {
        static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(rule, AppealCommissionCheck.Separation(Split(appeal), Split(examiners))?.Rule.Id);
    }

    [Fact]
    public static void TheP21RefusalsNameP21AndTheSeparationNamesP21Dash1()
    {
        Assert.All(new[] { AppealCommissionCheck.NotFormed, AppealCommissionCheck.NotAnAppealCommission, AppealCommissionCheck.AnotherCenter },
            r => Assert.Equal("P21", r.Rule.Id));
        Assert.All(new[] { AppealCommissionCheck.AnotherCase, AppealCommissionCheck.SharedMember }, r => Assert.Equal("P21-1", r.Rule.Id));
    }
}
