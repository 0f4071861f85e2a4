using Platform.Grains.Commissions;
using Platform.Grains.Documents;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Procedure;

/// <summary>P9, P17, P21-1: forming a commission and its decisions.</summary>
[Collection(ProcedureCollection.Name)]
public sealed class CommissionTests(ProcedureCluster cluster)
{
    private static FormCommission Examination() => new(CommissionKind.Examination, "0001",
        [
            new CommissionMember("m.a", "Member A", CommissionRole.Chair),
            new CommissionMember("m.b", "Member B", CommissionRole.Member),
            new CommissionMember("m.c", "Member C", CommissionRole.Secretary),
            new CommissionMember("m.d", "Member D", CommissionRole.Member),
        ], null, null);

    [Fact]
    public async Task FormingTheSameCommissionAgainAfterARestartIsHarmlessAndAnotherCompositionIsRefused()
    {
        await using var world = await World.Create().StartAsync();
        Assert.Null(await world.Grains.GetGrain<ICommissionGrain>("com-t").Form(Examination()));

        await world.RestartSiloAsync();
        var commission = world.Grains.GetGrain<ICommissionGrain>("com-t");
        var again = await commission.Form(Examination());
        var other = await commission.Form(Examination() with { Members = [.. Examination().Members.Take(3)] });

        Assert.Null(again);
        Assert.Equal("P9", other?.Rule.Id);
    }

    [Fact]
    public async Task TheMajorityDecidesAndTheChairBreaksATie()
    {
        await using var world = await cluster.StartAsync(Cases.Almaty(2026, 3, 2));
        var commission = world.Grains.GetGrain<ICommissionGrain>("com-v");
        await commission.Form(Examination());

        var majority = await commission.Decide([new Vote("m.a", "passed"), new Vote("m.b", "notPassed"), new Vote("m.c", "notPassed")]);
        var tie = await commission.Decide([new Vote("m.a", "passed"), new Vote("m.b", "notPassed"), new Vote("m.c", "passed"), new Vote("m.d", "notPassed")]);
        var tieWithoutChair = await commission.Decide([new Vote("m.b", "notPassed"), new Vote("m.c", "passed")]);
        var stranger = await commission.Decide([new Vote("m.z", "passed")]);

        Assert.Equal(("notPassed", false), (majority.Choice, majority.ByChairOnTie));
        Assert.Equal(("passed", true), (tie.Choice, tie.ByChairOnTie));
        Assert.Equal(4, tie.SignedBy.Count);
        Assert.Equal("P17", tieWithoutChair.Refusal?.Rule.Id);
        Assert.Equal("P17", stranger.Refusal?.Rule.Id);
    }
}
