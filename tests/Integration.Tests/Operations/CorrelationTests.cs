using System.Diagnostics;
using System.Net;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17: the correlation id of an API request (its W3C trace id; a caller's <c>traceparent</c> names it) is in the
/// log lines of the frontend handling the request and of the grain the request calls on the silo.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class CorrelationTests(OperationsFixture platform)
{
    [Fact]
    public async Task TheLogLineOfAGrainHandlingAnApiRequestCarriesTheRequestsId()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var probe = "correlation-" + Guid.NewGuid().ToString("N");
        var headers = new Dictionary<string, string> { ["traceparent"] = $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01" };

        using var response = await platform.World.SendAsync(HttpMethod.Get, OperationsFixture.ProbePath.Replace("{key}", probe), "administrator", null, headers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var grainLine = Assert.Single(platform.Logs.Entries, entry => entry.Contains("Probes.ProbeGrain:", StringComparison.Ordinal) && entry.Contains(probe, StringComparison.Ordinal));
        Assert.Contains($"CorrelationId={traceId}", grainLine, StringComparison.Ordinal);
        // Put there by the silo's filter from the call's RequestContext, not leaked from the frontend's request scope.
        Assert.DoesNotContain("RequestPath=", grainLine, StringComparison.Ordinal);
        Assert.Contains(platform.Logs.Entries, entry => entry.Contains(" Microsoft.AspNetCore.", StringComparison.Ordinal)
            && entry.Contains(probe, StringComparison.Ordinal) && entry.Contains($"CorrelationId={traceId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachRequestHasItsOwnId()
    {
        var first = "correlation-" + Guid.NewGuid().ToString("N");
        var second = "correlation-" + Guid.NewGuid().ToString("N");

        using var one = await platform.World.SendAsync(HttpMethod.Get, OperationsFixture.ProbePath.Replace("{key}", first), "administrator");
        using var two = await platform.World.SendAsync(HttpMethod.Get, OperationsFixture.ProbePath.Replace("{key}", second), "administrator");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        var ids = new[] { first, second }.Select(probe => CorrelationOf(Assert.Single(platform.Logs.Entries,
            entry => entry.Contains("Probes.ProbeGrain:", StringComparison.Ordinal) && entry.Contains(probe, StringComparison.Ordinal)))).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    private static string CorrelationOf(string entry)
    {
        const string Name = "CorrelationId=";
        var at = entry.IndexOf(Name, StringComparison.Ordinal);
        Assert.True(at >= 0, entry);
        return entry.Substring(at + Name.Length, 32);
    }
}
