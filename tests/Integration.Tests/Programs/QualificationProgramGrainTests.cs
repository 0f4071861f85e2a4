using Platform.Domain.Exams;
using Platform.Domain.Proctoring;
using Platform.Domain.Programs;
using Platform.Grains.Programs;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Programs;

/// <summary>Qualification programs loaded into their grains on real PostgreSQL (SPEC §5, §6).</summary>
public sealed class QualificationProgramGrainTests
{
    private static string DemoJson(string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Domain", "Programs", "Demo", file));

    [Fact]
    public async Task ALoadedProgramIsReadBackAfterASiloRestart()
    {
        var accountant = DemoJson("accountant-nrk5.json");

        await using var world = await World.Create().StartAsync();
        var grains = world.Grains;
        var version = await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For("accountant-nrk5")).Load(accountant);
        await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For("welder-nrk3")).Load(DemoJson("welder-nrk3.json"));
        await world.RestartSiloAsync();
        grains = world.Grains;
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For("accountant-nrk5"));
        var summary = await program.GetSummary();
        var json = await program.GetJson();
        var codes = await grains.GetGrain<IProgramCatalogGrain>(ProgramKeys.Catalog).GetCodes();

        Assert.Equal(1, version);
        Assert.NotNull(summary);
        Assert.Equal(("accountant-nrk5", "Бухгалтер", 5, 1), (summary.Code, summary.ProfessionRu, summary.NrkLevel, summary.Version));
        Assert.Equal([ExamMode.Online, ExamMode.Offline], summary.Modes);
        Assert.Equal([ProhibitedItem.Calculator], summary.AllowedItems);
        Assert.True(summary.QuestionsKk >= 60 && summary.QuestionsRu >= 60);
        Assert.Equal((30, 60, 5), (summary.TicketSize, summary.TheoryTimeLimitMinutes, summary.ValidityYears));
        Assert.Equal(QualificationProgram.Parse(accountant).ToJson(), json);
        Assert.Equal(["accountant-nrk5", "welder-nrk3"], codes);
    }

    [Fact]
    public async Task LoadingValidatesTheDocumentAndTheSameDocumentTwiceIsHarmless()
    {
        await using var world = await World.Create().StartAsync();
        var grains = world.Grains;
        var welder = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For("welder-nrk3"));
        var json = DemoJson("welder-nrk3.json");
        var longer = json.Replace("\"validityYears\": 3", "\"validityYears\": 4", StringComparison.Ordinal);
        var broken = json.Replace("\"oked\": \"25110\"", "\"oked\": \"251\"", StringComparison.Ordinal)
            .Replace("{\n        \"topic\": \"safety\",\n        \"count\": 5\n      }", "{ \"topic\": \"safety\", \"count\": 50 }", StringComparison.Ordinal);

        var empty = await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For("nobody-nrk1")).GetSummary();
        var versions = new[] { await welder.Load(json), await welder.Load(json), await welder.Load(longer) };
        var invalid = await Assert.ThrowsAsync<ArgumentException>(() => welder.Load(broken));
        var misplaced = await Assert.ThrowsAsync<ArgumentException>(() =>
            grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For("accountant-nrk5")).Load(json));
        var summary = await welder.GetSummary();
        var codes = await grains.GetGrain<IProgramCatalogGrain>(ProgramKeys.Catalog).GetCodes();

        Assert.Null(empty);
        Assert.Equal([1, 1, 2], versions);
        Assert.Contains("oked: OkedInvalid(5, 251)", invalid.Message); // the Domain's keys and values; the Frontend words them
        Assert.Contains("count: BlueprintCountTooLarge(safety, 50, 9)", invalid.Message);
        Assert.Contains("program-welder-nrk3", misplaced.Message);
        Assert.Equal((4, 2), (summary!.ValidityYears, summary.Version));
        Assert.Equal(["welder-nrk3"], codes);
    }
}
