using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 11: the role matrix's cross-tenant rows. The role matrix says which role may call an endpoint at all; this
/// table says what a caller who may call it gets when the resource is someone else's: candidate 1's case, upload and
/// identity at center 0001, tried by candidate 2, by center 0002's staff, and by a colleague replaying a command. Each
/// row runs over HTTP against the real procedure; no answer may carry anything of the victim's case.
/// </summary>
public sealed class CrossTenantMatrixTests
{
    private const string VictimIin = "900515300018";

    [Fact]
    public async Task NoCaseUploadOrIdentityCrossesBetweenPeopleOrCenters()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var victim = await VictimAsync(world);
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.2", Person("881122400044", "Демоекінші", "Айгерім"));
        var contractKey = Guid.NewGuid().ToString();

        Row[] matrix =
        [
            new("candidate.2", "GET", $"/api/v1/cases/{victim.CaseId}", null, null, HttpStatusCode.NotFound),
            new("candidate.2", "POST", $"/api/v1/cases/{victim.CaseId}/withdrawal", null, null, HttpStatusCode.NotFound),
            new("candidate.2", "POST", "/api/v1/cases", Application("0001", null), victim.Key, HttpStatusCode.Conflict),
            new("candidate.2", "POST", "/api/v1/cases", Application("0001", victim.Upload), null, HttpStatusCode.NotFound),
            new("candidate.2", "GET", $"/api/v1/cases/{victim.CaseId}/attachments/{victim.Upload}", null, null, HttpStatusCode.NotFound),
            new("candidate.2", "GET", $"/api/v1/candidates/me/documents/{victim.DocumentId}.pdf", null, null, HttpStatusCode.NotFound),
            new("registrar.0002", "GET", $"/api/v1/cases/{victim.CaseId}", null, null, HttpStatusCode.NotFound),
            new("registrar.0002", "POST", $"/api/v1/centers/0002/cases/{victim.CaseId}/contract", null, null, HttpStatusCode.NotFound),
            new("registrar.0002", "POST", $"/api/v1/centers/0001/cases/{victim.CaseId}/contract", null, null, HttpStatusCode.NotFound),
            new("registrar.0002", "POST", "/api/v1/centers/0002/cases", Application("0002", null, victim.CandidateKey), victim.Key, HttpStatusCode.Conflict),
            new("registrar.0002", "POST", "/api/v1/centers/0002/cases", Application("0002", victim.Upload, victim.CandidateKey), null, HttpStatusCode.NotFound),
            new("registrar.0002", "GET", $"/api/v1/cases/{victim.CaseId}/attachments/{victim.Upload}", null, null, HttpStatusCode.NotFound),
            new("registrar.0002", "POST", "/api/v1/centers/0002/candidates", Person(VictimIin, "Басқа", "Адам"), null, HttpStatusCode.Conflict),
            new("registrar.0001", "POST", $"/api/v1/centers/0001/cases/{victim.CaseId}/contract", null, contractKey, HttpStatusCode.OK),
            new("head.0001", "POST", $"/api/v1/centers/0001/cases/{victim.CaseId}/contract", null, contractKey, HttpStatusCode.Conflict),
            new("registrar.0001", "POST", $"/api/v1/centers/0001/cases/{victim.CaseId}/contract", null, contractKey, HttpStatusCode.OK),
        ];

        var wrong = new List<string>();
        foreach (var row in matrix)
        {
            using var response = await SendAsync(world, row);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != row.Expected)
            {
                wrong.Add($"{row.Caller} {row.Method} {row.Url}: expected {(int)row.Expected}, got {(int)response.StatusCode} {text}");
            }
            else if (row.Expected != HttpStatusCode.OK && (text.Contains(victim.CandidateKey, StringComparison.Ordinal) || text.Contains("Демокандидатов", StringComparison.Ordinal)
                || text.Contains(victim.Upload, StringComparison.Ordinal) || text.Contains("accountant-nrk5", StringComparison.Ordinal)))
            {
                wrong.Add($"{row.Caller} {row.Method} {row.Url}: the refusal carries the victim's data: {text}");
            }
        }

        var identity = await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", "candidate.1");
        Assert.Equal("Демокандидатов", identity.GetProperty("identity").GetProperty("name").GetProperty("surname").GetString());
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static async Task<Victim> VictimAsync(World world)
    {
        var profile = await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Person(VictimIin, "Демокандидатов", "Тимур"));
        var upload = await UploadAsync(world);
        var key = Guid.NewGuid();
        using var applied = await SendAsync(world, new Row("candidate.1", "POST", "/api/v1/cases", Application("0001", upload), key.ToString(), HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var caseId = JsonDocument.Parse(await applied.Content.ReadAsStringAsync()).RootElement.GetProperty("caseId").GetString()!;
        var documents = await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me/documents", "candidate.1");
        return new Victim(caseId, key.ToString(), profile.GetProperty("candidateKey").GetString()!, upload,
            documents.EnumerateArray().First().GetProperty("documentId").GetString()!);
    }

    private static async Task<string> UploadAsync(World world)
    {
        var content = new ByteArrayContent(SampleFiles.Pdf());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var response = await world.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", "candidate.1", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<HttpResponseMessage> SendAsync(World world, Row row)
    {
        var content = new StringContent(row.Body is null ? "" : JsonSerializer.Serialize(row.Body), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url) { Content = row.Body is null ? null : content };
        if (row.IdempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", row.IdempotencyKey);
        }

        return await world.SendRequestAsync(request, row.Caller);
    }

    private static object Application(string center, string? upload, string? candidateKey = null) => new
    {
        centerNumber = center, programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = "ru", candidateKey,
        attachments = new[] { new { kind = "education", title = "Diploma", storedAs = upload } },
    };

    private static object Person(string iin, string surname, string givenName) => new
    {
        iin, surname, givenName, homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "person@example.kz", mobilePhone = "+7 701 000 0001",
        consentToProcessing = true, consentToNskPlacement = true,
    };

    private sealed record Row(string Caller, string Method, string Url, object? Body, string? IdempotencyKey, HttpStatusCode Expected);

    private sealed record Victim(string CaseId, string Key, string CandidateKey, string Upload, string DocumentId);
}
