using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>P18, App.2 on the case grain: the certificate follows a positive decision and is signed by the head of the center.</summary>
[Collection(ProcedureCollection.Name)]
public sealed class CertificateIssueGrainTests(ProcedureCluster cluster)
{
    [Fact]
    public async Task AfterAPassTheRegistrarIsRefusedAndTheHeadIssuesTheCertificate()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = await InExamAsync(world);
        await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 25, 30, true, [], SittingEnd.Completed, Secretary));
        await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "com-0001-a", true, ["member.0001"], null, Secretary));

        var byRegistrar = await application.IssueCertificate(By(Registrar));
        Assert.Equal((Rule.App2.Id, ApplicationState.Passed), (byRegistrar.Refusal?.Rule.Id, byRegistrar.Case.State));
        Assert.Null(byRegistrar.Case.CertificateSerial);

        var byHead = await application.IssueCertificate(By(Head));

        Assert.Null(byHead.Refusal);
        Assert.Equal(ApplicationState.CertificateIssued, byHead.Case.State);
        Assert.NotNull(byHead.Case.CertificateSerial);
        Assert.Equal(("IssueCertificate", Rule.P18.And(Rule.App2).Id), (byHead.Case.History[^1].What, byHead.Case.History[^1].Rule));
        Assert.Equal(DeadlineStatus.Met, byHead.Case.Deadlines.Single(d => d.Kind == DeadlineKind.DocumentIssue).Status);
    }

    [Fact]
    public async Task AfterAFailedExamTheHeadIsRefusedTheCertificate()
    {
        await using var world = await cluster.StartAsync(Almaty(2026, 3, 2));
        var application = await InExamAsync(world);
        await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 20, 30, true, [], SittingEnd.Completed, Secretary));
        await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "com-0001-a", false, ["member.0001"], "20 of 30", Secretary));

        var refused = await application.IssueCertificate(By(Head));

        Assert.Equal((Rule.P18.Id, ApplicationState.NotPassed), (refused.Refusal?.Rule.Id, refused.Case.State));
        Assert.Null(refused.Case.CertificateSerial);
    }
}
