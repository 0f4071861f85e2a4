using System.Net;
using System.Text.RegularExpressions;
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
public sealed partial class MetricsTests(OperationsFixture platform)
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
        Assert.True(Value(samples, "platform_answers_total", ("outcome", "saved")) >= 1, Names(samples));
        Assert.True(Value(samples, "platform_acknowledgement_duration_seconds_count", ("kind", "answer"), ("outcome", "acknowledged")) >= 1, Names(samples));
        // The gauge is there; its value is the reading above (every host of this test process registers its own sampler
        // on the process-wide meter, so the exported figure may be another host's reading).
        Assert.Contains(samples, sample => sample.Name == "platform_sittings_open");
        Assert.Contains(samples, sample => sample.Name == "platform_deadlines_breached");
        Assert.Contains(samples, sample => sample.Name == "platform_nsk_outbox_pending" && sample.Labels.GetValueOrDefault("state") == "failing");
        // Orleans' own: the frontend's client reached the cluster through a gateway and timed its calls.
        Assert.True(Value(samples, "orleans_client_connected_gateways") >= 1, Names(samples));
        Assert.True(Value(samples, "orleans_app_requests_latency_milliseconds_count") >= 1, Names(samples));
        // ASP.NET Core's, SignalR's connections (the candidate's is open), Npgsql's and the runtime's.
        Assert.True(Value(samples, "http_server_request_duration_seconds_count") >= 1, Names(samples));
        Assert.True(Value(samples, "signalr_server_active_connections") >= 1, Names(samples));
        Assert.Contains(samples, sample => sample.Name == "db_client_connection_count");
        Assert.Contains(samples, sample => sample.Name == "dotnet_gc_pause_time_seconds_total");
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

    /// <summary>
    /// The sample lines of a Prometheus text answer: the metric's name, its labels (the exporter adds its own, such as
    /// the meter's name) and its value (a timestamp may follow).
    /// </summary>
    private static List<Sample> Samples(string text) =>
    [
        .. text.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(Parse),
    ];

    private static Sample Parse(string line)
    {
        var braces = line.IndexOf('{', StringComparison.Ordinal);
        var end = braces >= 0 ? line.LastIndexOf('}') + 1 : line.IndexOf(' ', StringComparison.Ordinal);
        var labels = braces < 0 ? new Dictionary<string, string>() : LabelPair().Matches(line[braces..end])
            .ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        var value = line[end..].Trim().Split(' ')[0];
        return new Sample(line[..(braces >= 0 ? braces : end)], labels,
            double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : double.NaN);
    }

    /// <summary>The sum of the samples of a metric having the labels given (0 when none has).</summary>
    private static double Value(List<Sample> samples, string name, params (string Label, string Value)[] labels) =>
        samples.Where(sample => sample.Name == name && labels.All(label => sample.Labels.GetValueOrDefault(label.Label) == label.Value))
            .Sum(sample => sample.Value);

    private static string Names(List<Sample> samples) =>
        "series seen: " + string.Join(", ", samples.Select(sample => sample.Name).Distinct().Order());

    [GeneratedRegex("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LabelPair();

    private sealed record Sample(string Name, Dictionary<string, string> Labels, double Value);
}
