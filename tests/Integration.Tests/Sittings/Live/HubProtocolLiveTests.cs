using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Frontend.Sittings;
using Platform.Grains.Live;
using Platform.Grains.Sittings;
using Platform.HubProtocol;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 16: each of the three hubs answers a client of either protocol, JSON or MessagePack, over a real connection:
/// the dashboard's and the operator's pictures, the candidate's ticket, answer and status, the proctoring stream's
/// receipts, and the pushes (the warning to the candidate, the row to the dashboard).
/// </summary>
public sealed class HubProtocolLiveTests
{
    [Theory]
    [InlineData(HubProtocols.MessagePack)]
    [InlineData(HubProtocols.Json)]
    public async Task EachHubAnswersAClientOfTheProtocol(string protocol)
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);

        var dashboard = await world.ConnectAsync(CenterHub.Path, Registrar, protocol);
        var rows = Inbox<LiveSitting>.Of(dashboard, CenterHub.SittingChangedMessage);
        var picture = await dashboard.InvokeAsync<CenterPicture>(nameof(CenterHub.JoinCenter), "0001");
        Assert.Equal("0001", picture.Center);
        Assert.Contains(picture.Sittings, row => row.SittingId == sittingId && row.State == SittingState.TheoryOpen && row.Deadline is not null);
        var national = await (await world.ConnectAsync(CenterHub.Path, "operator", protocol)).InvokeAsync<NationalCounts>(nameof(CenterHub.JoinNational));
        Assert.NotEqual(default, national.At);

        var candidate = await world.ConnectAsync(SittingHub.Path, Candidate, protocol);
        var warnings = Inbox<SittingWarning>.Of(candidate, SittingHub.WarningMessage);
        var sheet = await candidate.InvokeAsync<TheorySheet>(nameof(SittingHub.Resume), sittingId);
        Assert.Equal((sittingId, SittingState.TheoryOpen), (sheet.SittingId, sheet.State));
        var question = sheet.Questions[0];
        var receipt = await candidate.InvokeAsync<AnswerReceipt>(nameof(SittingHub.SaveAnswer), question.QuestionId, question.Options[0].Id, 1L);
        Assert.True(receipt is { Saved: true, Answered: 1, Refusal: null });
        Assert.True(receipt.TimeLeft > TimeSpan.Zero);
        var status = await candidate.InvokeAsync<ExamStatus>(nameof(SittingHub.Status));
        Assert.True(status is { State: SittingState.TheoryOpen, IdentityVerified: true, RoomScanCompleted: true });
        await rows.NextAsync(row => row.SittingId == sittingId && row.Answered == 1);

        var stream = await world.ConnectAsync(ProctoringHub.Path, Proctoring, protocol);
        var opened = await stream.InvokeAsync<ProctoringStream>(nameof(ProctoringHub.OpenStream), sittingId, await TokenAsync(world, sittingId));
        Assert.Equal(sittingId, opened.SittingId);
        var receipts = await stream.InvokeAsync<IReadOnlyList<StreamReceipt>>(nameof(ProctoringHub.IngestStreams),
            new[] { new[] { Item(sittingId, world.Clock.GetUtcNow()) }, new[] { Item("another-sitting", world.Clock.GetUtcNow()) } });
        Assert.Equal(ViolationOutcome.WarningDue, receipts[0].Receipt!.Outcome);
        Assert.Contains("refused", receipts[1].Refusal);
        var warning = await warnings.NextAsync();
        Assert.Equal((ProctoringKind.ProhibitedItem, ProhibitedItem.MobilePhone), (warning.Kind, warning.Item));
        await rows.NextAsync(row => row.SittingId == sittingId && row.Warnings == 1);
    }
}
