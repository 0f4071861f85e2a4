using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Sittings;
using Platform.Hosting;
using Platform.HubProtocol;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Faults;

/// <summary>
/// Issue 17, docs/operations.md "A frontend fails": the sitting lives in the silos, so a candidate whose frontend stops
/// reconnects through another and finds every acknowledged answer and the time left to the same deadline.
/// </summary>
public sealed class FrontendFailoverTests
{
    [Fact]
    public async Task ACandidateWhoseFrontendStopsResumesThroughAnotherWithEveryAcknowledgedAnswer()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var token = await world.TokenAsync(Candidate);

        // A second frontend of the same cluster, as behind a load balancer; the candidate happens to be on it.
        var failing = await SecondFrontendAsync(world);
        var failingStopped = false;
        try
        {
            var (sheet, acknowledged) = await AnswerHalfThroughAsync(failing, token, sittingId, async () =>
            {
                await failing.DisposeAsync();
                failingStopped = true;
            });

            var candidate = await world.ConnectAsync("/hubs/sitting", Candidate);
            var resumed = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
            Assert.Equal(acknowledged, resumed.Answers.ToDictionary(a => a.QuestionId, a => a.OptionId));
            Assert.Equal((sheet.Deadline, sheet.TimeLeft), (resumed.Deadline, resumed.TimeLeft));
            var next = sheet.Questions[^1];
            Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", next.QuestionId, next.Options[0].Id, 1L)).Saved);
        }
        finally
        {
            if (!failingStopped)
            {
                await failing.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// P11's spirit: the stopping frontend leaves the candidate's outage window behind (the outage is the platform's from
    /// the moment its shutdown closed the connection); the frontend that goes on takes it over at its next probe and has
    /// the sitting credit the time up to then, whether or not the candidate has come back.
    /// </summary>
    [Fact]
    public async Task ACandidateWhoseFrontendStopsIsGivenBackTheTimeUntilAnotherFrontendAnswersForTheSitting()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var token = await world.TokenAsync(Candidate);
        var failing = await SecondFrontendAsync(world);
        var (sheet, _) = await AnswerHalfThroughAsync(failing, token, sittingId, async () => await failing.DisposeAsync());

        // The stopped frontend left the window in PostgreSQL; it opened at the stop.
        var stoppedAt = world.Clock.GetUtcNow();
        var left = Assert.Single(await LeftBehindAsync(world.Database));
        Assert.Equal(sittingId, left.SittingId);
        Assert.True((left.OpenedAt - stoppedAt).Duration() < TimeSpan.FromMilliseconds(1), $"opened at {left.OpenedAt:O}, stopped at {stoppedAt:O}");

        // 30 s of the clock later the other frontend's probe takes it over and the sitting credits those 30 s.
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        var sitting = world.Grains.GetGrain<IExamSessionGrain>(sittingId);
        var credited = await World.EventuallyAsync(async () => (await sitting.Get())!.OutageCreditedSeconds, seconds => seconds > 0, "the credit of the window left behind");
        Assert.Equal(30, credited);
        Assert.Empty(await LeftBehindAsync(world.Database));

        // The candidate comes back two minutes later: to the deadline moved by those 30 s, and nothing more.
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var candidate = await world.ConnectAsync("/hubs/sitting", Candidate);
        var resumed = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        Assert.Equal(sheet.Deadline!.Value.AddSeconds(30), resumed.Deadline);
        Assert.Equal(30, (await sitting.Get())!.OutageCreditedSeconds);
    }

    /// <summary>Another frontend of the world's cluster, on the world's clock.</summary>
    private static Task<RunningFrontend> SecondFrontendAsync(World world) =>
        PlatformHosts.StartFrontendAsync(world.Database, world.ClusterId,
            services: services => services.AddKeyedSingleton<TimeProvider>(PlatformClock.Key, world.Clock));

    private static async Task<List<(string SittingId, DateTimeOffset OpenedAt)>> LeftBehindAsync(string database)
    {
        await using var source = Npgsql.NpgsqlDataSource.Create(database);
        await using var command = source.CreateCommand("select sitting_id, opened_at from outage_windows order by sitting_id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return rows;
    }

    /// <summary>Resumes through <paramref name="frontend"/>, answers half the ticket, runs <paramref name="stop"/> and waits for the connection to close.</summary>
    private static async Task<(TheorySheet Sheet, Dictionary<string, string> Acknowledged)> AnswerHalfThroughAsync(
        RunningFrontend frontend, string token, string sittingId, Func<Task> stop)
    {
        var closed = new TaskCompletionSource();
        await using var first = new HubConnectionBuilder()
            .WithUrl(new Uri(frontend.Address, "/hubs/sitting"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .AddMessagePackHubProtocol()
            .Build();
        first.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await first.StartAsync();
        var sheet = await first.InvokeAsync<TheorySheet>("Resume", sittingId);
        var acknowledged = new Dictionary<string, string>();
        foreach (var question in sheet.Questions.Take(sheet.Questions.Count / 2))
        {
            var option = question.Options[question.Number % question.Options.Count].Id;
            Assert.True((await first.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, option, 1L)).Saved);
            acknowledged[question.QuestionId] = option;
        }

        await stop();
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return (sheet, acknowledged);
    }
}
