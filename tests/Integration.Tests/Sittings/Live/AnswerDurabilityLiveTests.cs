using Microsoft.AspNetCore.SignalR.Client;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>SPEC §5: an answer the server acknowledged is never lost, here through the loss of the silo hosting the sitting.</summary>
public sealed class AnswerDurabilityLiveTests
{
    [Fact]
    public async Task EveryAcknowledgedAnswerIsThereAfterTheSittingReactivatesOnTheOtherSilo()
    {
        await using var world = await World.Create(Start).WithSilos(2).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var candidate = await world.ConnectAsync("/hubs/sitting", Candidate);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        var acknowledged = new Dictionary<string, string>();
        foreach (var question in sheet.Questions.Take(sheet.Questions.Count / 2))
        {
            var option = question.Options[question.Number % question.Options.Count].Id;
            var receipt = await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, option, 1L);
            Assert.True(receipt.Saved);
            acknowledged[question.QuestionId] = option;
        }

        var hosting = await world.HostOfAsync(world.Frontend.Client.GetGrain<IExamSessionGrain>(sittingId));
        await world.StopSiloAsync(hosting);

        var resumed = await ResumeWhenTheClusterAnswersAsync(candidate, sittingId);
        Assert.Equal(acknowledged, resumed.Answers.ToDictionary(a => a.QuestionId, a => a.OptionId));
        Assert.True(resumed.TimeLeft > TimeSpan.Zero);
        var next = sheet.Questions[^1];
        Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", next.QuestionId, next.Options[0].Id, 1L)).Saved);
        Assert.NotSame(hosting, await world.HostOfAsync(world.Frontend.Client.GetGrain<IExamSessionGrain>(sittingId)));
    }

    /// <summary>The frontend's client notices the stopped silo within a few seconds; until then a call may fail (bounded).</summary>
    private static async Task<TheorySheet> ResumeWhenTheClusterAnswersAsync(HubConnection candidate, string sittingId)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
            }
            catch (Exception) when (DateTime.UtcNow < until)
            {
                await Task.Delay(250);
            }
        }
    }
}
