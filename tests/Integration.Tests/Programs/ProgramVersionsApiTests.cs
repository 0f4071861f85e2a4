using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Domain.Programs;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Programs;

/// <summary>
/// Issue 15, SPEC §5: a program's versions over the API — listed oldest first with who loaded each, one read whole as it
/// was loaded (an older one unchanged by a later upload); read by operators and administrators only; a path member
/// that is no code or no version number is 400 naming it, in the caller's language; an unknown program or version 404.
/// </summary>
public sealed class ProgramVersionsApiTests
{
    private const string Code = "versions-api-nrk5";

    [Fact]
    public async Task OperatorsAndAdministratorsListAProgramsVersionsAndReadEachAsItWasLoaded()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var program = JsonNode.Parse(DemoPrograms.All().Single(p => p.Code == "accountant-nrk5").ToJson())!;
        program["code"] = Code;
        await world.OkAsync(HttpMethod.Put, $"/api/v1/admin/programs/{Code}", "administrator", program);
        program["practical"]![0]!["steps"]![0]!["title"]!["ru"] = "Шаг второй версии";
        await world.OkAsync(HttpMethod.Put, $"/api/v1/admin/programs/{Code}", "administrator", program);

        var versions = (await world.OkAsync(HttpMethod.Get, $"/api/v1/programs/{Code}/versions", "operator")).EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.All(versions, v => Assert.Equal("administrator", v.GetProperty("loadedBy").GetString()));

        var first = await world.OkAsync(HttpMethod.Get, $"/api/v1/programs/{Code}/versions/1", "operator");
        var second = await world.OkAsync(HttpMethod.Get, $"/api/v1/programs/{Code}/versions/2", "administrator");
        Assert.Equal((1, false), (first.GetProperty("version").GetInt32(), first.GetProperty("current").GetBoolean()));
        Assert.Equal((2, true), (second.GetProperty("version").GetInt32(), second.GetProperty("current").GetBoolean()));
        Assert.Equal("Определение первичных документов", StepTitle(first));
        Assert.Equal("Шаг второй версии", StepTitle(second));
        Assert.Equal(Code, QualificationProgram.Parse(first.GetProperty("program").GetRawText()).Code); // the document as loaded, loadable again

        foreach (var account in new[] { "registrar.0001", "candidate.1", "head.0001" })
        {
            using var denied = await world.SendAsync(HttpMethod.Get, $"/api/v1/programs/{Code}/versions/1", account);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        await AssertInvalidAsync(world, $"/api/v1/programs/{Code}/versions/0", "version", "ru", "номером версии");
        await AssertInvalidAsync(world, $"/api/v1/programs/{Code}/versions/two", "version", "kk", "нұсқа нөмірі");
        await AssertInvalidAsync(world, "/api/v1/programs/Not_A_Code/versions", "code", "en", "program's code");
        await AssertInvalidAsync(world, "/api/v1/programs/12345/versions/1", "code", "ru", "кодом программы");
        foreach (var missing in new[] { $"/api/v1/programs/{Code}/versions/3", "/api/v1/programs/no-such-program/versions", "/api/v1/programs/no-such-program/versions/1" })
        {
            using var notFound = await world.SendAsync(HttpMethod.Get, missing, "operator");
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        }
    }

    private static string? StepTitle(JsonElement version) =>
        version.GetProperty("program").GetProperty("practical")[0].GetProperty("steps")[0].GetProperty("title").GetProperty("ru").GetString();

    private static async Task AssertInvalidAsync(World world, string path, string member, string language, string wording)
    {
        using var response = await world.SendAsync(HttpMethod.Get, path, "operator", language: language);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(language, problem.GetProperty("language").GetString());
        Assert.Contains(wording, problem.GetProperty("errors").GetProperty(member)[0].GetString(), StringComparison.Ordinal);
    }
}
