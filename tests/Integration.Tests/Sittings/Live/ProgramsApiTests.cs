using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Domain.Programs;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>The program administration API (SPEC §5): loaded as JSON by an administrator, validated in full, read by everyone signed in.</summary>
public sealed class ProgramsApiTests
{
    [Fact]
    public async Task AnAdministratorLoadsAProgramAndAnInvalidOneIsRefusedWithEveryErrorAndItsPath()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var welder = DemoPrograms.All().Single(p => p.Code == "welder-nrk3");
        var document = JsonNode.Parse(welder.ToJson())!.AsObject();
        document["code"] = "welder-nrk4";
        document["nrkLevel"] = 4;

        using var loaded = await PutAsync(world, "welder-nrk4", document.ToJsonString(), "administrator");
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var summary = await world.OkAsync(HttpMethod.Get, "/api/v1/programs/welder-nrk4", Candidate);
        Assert.Equal(4, summary.GetProperty("nrkLevel").GetInt32());
        var codes = (await world.OkAsync(HttpMethod.Get, "/api/v1/programs", Registrar)).EnumerateArray().Select(p => p.GetProperty("code").GetString());
        Assert.Contains("welder-nrk4", codes);

        document["theory"]!["blueprint"]![0]!["count"] = 10_000;
        document["theory"]!["questions"]![0]!["kk"] = null;
        using var invalid = await PutAsync(world, "welder-nrk4", document.ToJsonString(), "administrator");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("path").GetString()!).ToList();
        Assert.True(errors.Count >= 2, string.Join(", ", errors));
        Assert.Contains(errors, path => path.StartsWith("theory.questions[0]", StringComparison.Ordinal));
        Assert.Contains(errors, path => path.StartsWith("theory", StringComparison.Ordinal) && !path.Contains("questions[0]", StringComparison.Ordinal));

        // The errors are worded in the caller's language, with the Domain's key (issue 15).
        using var inKazakh = await PutAsync(world, "welder-nrk4", document.ToJsonString(), "administrator", "kk");
        var problem = JsonDocument.Parse(await inKazakh.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("kk", problem.GetProperty("language").GetString());
        var noKkText = problem.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "theory.questions[0].kk");
        Assert.Equal(("TextMissing", "kk тіліндегі мәтін жоқ."), (noKkText.GetProperty("key").GetString(), noKkText.GetProperty("message").GetString()));
        var tooMany = problem.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("key").GetString() == "BlueprintCountTooLarge");
        Assert.Contains("10000 сұрақ алынады", tooMany.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var notAdmin = await PutAsync(world, "welder-nrk4", welder.ToJson(), Registrar);
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        using var missing = await world.SendAsync(HttpMethod.Get, "/api/v1/programs/no-such-program", Candidate);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<HttpResponseMessage> PutAsync(World world, string code, string json, string account, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/admin/programs/{code}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", await world.TokenAsync(account));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await world.Frontend.Http.SendAsync(request);
    }
}
