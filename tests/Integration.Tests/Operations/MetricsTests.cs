using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Frontend.Telemetry;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Sittings.Live;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17: <c>/metrics</c> on the frontend, in Prometheus text, for administrators only: Orleans' meters and the
/// platform's own, the latter caused here by an answer a candidate saves in a real sitting.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class MetricsTests(OperationsFixture platform)
{
    [Fact]
    public async Task AnAdministratorReadsOrleansAndPlatformMetricsAfterAnAnswerIsSaved()
    {
        var world = platform.World;
        var sittingId = await LiveSittings.InTheoryAsync(world);
        var candidate = await world.ConnectAsync("/hubs/sitting", LiveSittings.Candidate);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        var question = sheet.Questions[0];
        Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[0].Id, 1L)).Saved);
        // The gauges read from PostgreSQL on their own tick; read again now, until the checked-in sitting is counted.
        var sampler = world.Frontend.Services.GetRequiredService<PlatformStateSampler>();
        await World.EventuallyAsync(async () =>
        {
            await sampler.SampleAsync(CancellationToken.None);
            return sampler.Last;
        }, state => state?.OpenSittings >= 1, "the open sitting in the gauges' reading");

        using var response = await world.SendAsync(HttpMethod.Get, MetricsSettings.Path, "administrator");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var samples = Samples(text);
        Assert.True(Value(samples, "platform_answers_total{outcome=\"saved\"") >= 1, Names(samples));
        Assert.True(Value(samples, "platform_acknowledgement_duration_seconds_count{kind=\"answer\",outcome=\"acknowledged\"") >= 1, Names(samples));
        Assert.True(Value(samples, "platform_sittings_open") >= 1, Names(samples));
        Assert.Contains(samples, sample => sample.Name.StartsWith("platform_deadlines_breached", StringComparison.Ordinal));
        Assert.Contains(samples, sample => sample.Name.StartsWith("platform_nsk_outbox_pending{state=\"failing\"", StringComparison.Ordinal));
        // Orleans' own: the frontend's client sent the calls above through its gateway connection.
        Assert.True(Value(samples, "orleans_client_connected_gateways") >= 1, Names(samples));
        Assert.Contains(samples, sample => sample.Name.StartsWith("orleans_app_requests_latency", StringComparison.Ordinal));
        // ASP.NET Core's, SignalR's connections, Npgsql's and the runtime's.
        Assert.Contains(samples, sample => sample.Name.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal));
        Assert.Contains(samples, sample => sample.Name.StartsWith("signalr_server_active_connections", StringComparison.Ordinal));
        Assert.Contains(samples, sample => sample.Name.StartsWith("db_client_connection", StringComparison.Ordinal));
        Assert.Contains(samples, sample => sample.Name.StartsWith("dotnet_gc_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(LiveSittings.Candidate, HttpStatusCode.Forbidden)]
    [InlineData("operator", HttpStatusCode.Forbidden)]
    public async Task AnyoneButAnAdministratorIsRefusedTheMetrics(string? account, HttpStatusCode refused)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.World.Frontend.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, MetricsSettings.Path);
        if (account is not null)
        {
            request.Headers.Authorization = new("Bearer", await platform.World.TokenAsync(account));
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(refused, response.StatusCode);
        Assert.DoesNotContain("orleans_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("platform_", text, StringComparison.Ordinal);
    }

    /// <summary>The sample lines of a Prometheus text answer: the series (name and labels) and its value (a timestamp may follow).</summary>
    private static List<(string Name, double Value)> Samples(string text) =>
    [
        .. text.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(Sample),
    ];

    private static (string Name, double Value) Sample(string line)
    {
        var end = line.Contains('{', StringComparison.Ordinal) ? line.LastIndexOf('}') + 1 : line.IndexOf(' ', StringComparison.Ordinal);
        var value = line[end..].Trim().Split(' ')[0];
        return (line[..end], double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : double.NaN);
    }

    /// <summary>The sum of the samples whose series starts with <paramref name="prefix"/> (0 when none does).</summary>
    private static double Value(List<(string Name, double Value)> samples, string prefix) =>
        samples.Where(sample => sample.Name.StartsWith(prefix, StringComparison.Ordinal)).Sum(sample => sample.Value);

    private static string Names(List<(string Name, double Value)> samples) =>
        "series seen: " + string.Join(", ", samples.Select(sample => sample.Name.Split('{')[0]).Distinct().Order());
}
