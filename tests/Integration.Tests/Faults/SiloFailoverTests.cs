using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Hosting;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Faults;

/// <summary>Issue 11: a silo that dies abruptly costs the readers a retry or a 503, never a 500.</summary>
public sealed class SiloFailoverTests
{
    private const int Programs = 40;

    [Fact]
    public async Task GetsWhileASiloDiesAbruptlyAnswerAsUsualOr503NeverA500()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var dying = await PlatformHosts.StartSiloAsync(database, "faults-failover");
        using var survivor = await PlatformHosts.StartSiloAsync(database, "faults-failover");
        await Membership.WaitForActiveSilosAsync(dying, 2);
        await Membership.WaitForActiveSilosAsync(survivor, 2);
        await using var frontend = await PlatformHosts.StartFrontendAsync(database, "faults-failover");
        var token = await FaultRequests.TokenAsync(frontend, "registrar.0001");

        // Unknown programs: each a grain of its own, spread over both silos; the ordinary answer is 404.
        var urls = Enumerable.Range(0, Programs).Select(i => $"/api/v1/programs/failover-{i}-{Guid.NewGuid():N}").ToArray();
        Assert.All(await RoundAsync(frontend, token, urls), status => Assert.Equal(HttpStatusCode.NotFound, status));

        var answers = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => ReadUntilStoppedAsync(frontend, token, urls, answers, stop.Token)).ToArray();

        // Abrupt: a stop whose token is already cancelled skips the graceful hand-over (Orleans' own "kill silo").
        await dying.StopAsync(new CancellationToken(canceled: true));
        dying.Dispose();
        await Membership.WaitForActiveSilosAsync(survivor, 1, TimeSpan.FromSeconds(90));

        // The failover is over once a whole round answers as usual (bounded).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await RoundAsync(frontend, token, urls)).All(status => status == HttpStatusCode.NotFound))
        {
            Assert.True(DateTime.UtcNow < deadline, "the readers did not get their ordinary answers back within 60 s");
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        await survivor.StopAsync();

        Assert.NotEmpty(answers);
        Assert.All(answers, status => Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable,
            $"during the failover a GET answered {(int)status}; answers: {string.Join(", ", answers.GroupBy(a => (int)a).Select(g => $"{g.Key}×{g.Count()}"))}"));
    }

    private static async Task<HttpStatusCode[]> RoundAsync(RunningFrontend frontend, string token, string[] urls) =>
        await Task.WhenAll(urls.Select(async url =>
        {
            using var response = await FaultRequests.SendAsync(frontend, HttpMethod.Get, url, token);
            return response.StatusCode;
        }));

    private static async Task ReadUntilStoppedAsync(
        RunningFrontend frontend, string token, string[] urls, ConcurrentBag<HttpStatusCode> answers, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            using var response = await FaultRequests.SendAsync(frontend, HttpMethod.Get, urls[i % urls.Length], token);
            answers.Add(response.StatusCode);
        }
    }
}
