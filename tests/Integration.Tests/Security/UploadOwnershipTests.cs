using System.Net;
using System.Net.Http.Headers;
using System.Runtime.Versioning;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 11, trust boundaries: an upload is its uploader's — the candidate's, or the center's for a paper application —
/// and only they may attach it; a stored name is one the platform issued; a file is built as its type says.
/// </summary>
public sealed class UploadOwnershipTests
{
    private const string NotIssued = "0123456789abcdef0123456789abcdef.pdf";

    [Fact]
    public async Task ACandidateCannotAttachAnotherCandidatesUploadNorReadItThroughTheirCase()
    {
        await using var world = await StartAsync();
        var mine = await UploadAsync(world, "/api/v1/candidates/me/uploads", "candidate.1", SampleFiles.Pdf(), "application/pdf");
        var theirs = await UploadAsync(world, "/api/v1/candidates/me/uploads", "candidate.2", SampleFiles.Png(), "image/png");

        using var refused = await ApplyAsync(world, "candidate.2", theirs, mine);

        await AssertRefusedAsync(refused, HttpStatusCode.NotFound, "attachments[1].storedAs");
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.2", Application("0001", theirs))).GetProperty("caseId").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/{mine}", "candidate.2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/{theirs}", "candidate.2")).StatusCode);
    }

    [Theory]
    [InlineData("../../../../etc/passwd", HttpStatusCode.BadRequest)]
    [InlineData("C:\\secrets\\platform-secrets.json", HttpStatusCode.BadRequest)]
    [InlineData(NotIssued, HttpStatusCode.NotFound)]
    public async Task ANameThePlatformDidNotIssueIsRefusedAtApply(string storedAs, HttpStatusCode expected)
    {
        await using var world = await StartAsync();

        using var refused = await ApplyAsync(world, "candidate.1", storedAs);

        await AssertRefusedAsync(refused, expected, "attachments[0].storedAs");
    }

    [Fact]
    public async Task ARegistrarAttachesTheirOwnCentersScansOnly()
    {
        await using var world = await StartAsync();
        var candidateKey = (await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", "candidate.1")).GetProperty("candidateKey").GetString()!;
        var firstCenters = await UploadAsync(world, "/api/v1/centers/0001/uploads", "registrar.0001", SampleFiles.Pdf(), "application/pdf");
        var candidates = await UploadAsync(world, "/api/v1/candidates/me/uploads", "candidate.1", SampleFiles.Pdf(), "application/pdf");
        var secondCenters = await UploadAsync(world, "/api/v1/centers/0002/uploads", "registrar.0002", SampleFiles.Jpeg(), "image/jpeg");

        foreach (var other in new[] { firstCenters, candidates })
        {
            using var refused = await world.SendAsync(HttpMethod.Post, "/api/v1/centers/0002/cases", "registrar.0002", Application("0002", other) with { CandidateKey = candidateKey });
            await AssertRefusedAsync(refused, HttpStatusCode.NotFound, "attachments[0].storedAs");
        }

        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0002/cases", "registrar.0002", Application("0002", secondCenters) with { CandidateKey = candidateKey }))
            .GetProperty("caseId").GetString();
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}/attachments/{secondCenters}", "candidate.1")).StatusCode);
    }

    [Fact]
    public async Task AnUploadServesOneCaseAndARefusedApplicationLeavesItFree()
    {
        await using var world = await StartAsync();
        var diploma = await UploadAsync(world, "/api/v1/candidates/me/uploads", "candidate.1", SampleFiles.Pdf(), "application/pdf");

        using var withoutConsent = await world.SendAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", Application("0001", diploma) with { PersonalDataConsent = false });
        Assert.Equal(HttpStatusCode.Conflict, withoutConsent.StatusCode);
        await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", Application("0001", diploma));
        using var again = await ApplyAsync(world, "candidate.1", diploma);

        await AssertRefusedAsync(again, HttpStatusCode.Conflict, "attachments[0].storedAs");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task HtmlBehindAPdfHeaderIsRefusedAndRealDocumentsAreStoredForThePlatformOnly()
    {
        await using var world = await StartAsync();

        using var html = await world.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", "candidate.1", Content(SampleFiles.HtmlCalledPdf(), "application/pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Equal("application/problem+json", html.Content.Headers.ContentType?.MediaType);
        foreach (var (bytes, type) in new[] { (SampleFiles.Pdf(), "application/pdf"), (SampleFiles.Png(), "image/png"), (SampleFiles.Jpeg(), "image/jpeg") })
        {
            var id = await UploadAsync(world, "/api/v1/candidates/me/uploads", "candidate.1", bytes, type);
            var path = Path.Combine(PlatformHosts.TestDataDirectory, "uploads", id);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }
    }

    private static async Task<World> StartAsync()
    {
        var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        foreach (var (account, iin, surname) in new[] { ("candidate.1", "900515300018", "Демокандидатов"), ("candidate.2", "881122400044", "Демокандидатова") })
        {
            await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", account, new
            {
                iin, surname, givenName = "Тест", patronymic = (string?)null, homeAddress = "Алматы",
                email = "t@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
            });
        }

        return world;
    }

    private static Task<HttpResponseMessage> ApplyAsync(World world, string account, params string[] storedAs) =>
        world.SendAsync(HttpMethod.Post, "/api/v1/cases", account, Application("0001", storedAs));

    private static ApplicationBody Application(string center, params string[] storedAs) => new(
        center, center == "0001" ? "accountant-nrk5" : "welder-nrk3", center == "0001" ? 5 : 3, true,
        [.. storedAs.Select(name => new AttachmentBody("education", "Diploma", name))]);

    private static async Task<string> UploadAsync(World world, string url, string account, byte[] bytes, string type)
    {
        using var upload = await world.SendContentAsync(HttpMethod.Post, url, account, Content(bytes, type));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, $"{url}: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private static ByteArrayContent Content(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string member)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(member, out _), $"the problem names {member}: {text}");
    }

    private sealed record AttachmentBody(string Kind, string Title, string StoredAs);

    private sealed record ApplicationBody(
        string CenterNumber, string ProgramCode, int NrkLevel, bool PersonalDataConsent, AttachmentBody[] Attachments, string? CandidateKey = null, string ExamLanguage = "ru");
}
