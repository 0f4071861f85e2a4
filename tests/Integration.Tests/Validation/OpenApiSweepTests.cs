using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Validation;

/// <summary>
/// Issue 11: a sweep driven by the OpenAPI document. Every operation with a JSON body is called, by a caller its policy
/// admits, with <c>{}</c>, a <c>null</c> body, and bodies that are plausible but for one member — null, of the wrong
/// type, far too long, or a list holding null. Each answer must be a 4xx ProblemDetails, never a 5xx, and the case and
/// the candidate the calls name must read back exactly as before.
/// </summary>
public sealed class OpenApiSweepTests
{
    private const string Candidate = "candidate.1";

    [Fact]
    public async Task EveryOperationWithABodyRefusesBadBodiesWith4xxProblemsAndChangesNothing()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", Candidate, Identity);
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", Candidate, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = "ru",
            attachments = new[] { new { kind = "education", title = "Diploma" } },
        })).GetProperty("caseId").GetString()!;
        var before = await SnapshotAsync(world, caseId);
        var document = JsonNode.Parse(await world.Frontend.Http.GetStringAsync("/openapi/v1.json"))!;

        var wrong = new List<string>();
        var operations = 0;
        foreach (var (method, route, schema) in OperationsWithJsonBodies(document))
        {
            if (CallerOf(route) is not { } caller)
            {
                continue;
            }

            operations++;
            var url = Url(route, caseId);
            foreach (var (variant, body) in BadBodies(schema, document))
            {
                using var response = await world.SendContentAsync(new HttpMethod(method), url, caller,
                    new StringContent(body, Encoding.UTF8, "application/json"));
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status is < 400 or >= 500 || type != "application/problem+json")
                {
                    wrong.Add($"{method} {route} as {caller} with {variant}: {status} {type}");
                }
            }

            if (await SnapshotAsync(world, caseId) != before)
            {
                wrong.Add($"{method} {route}: the case or the candidate changed");
                before = await SnapshotAsync(world, caseId);
            }
        }

        Assert.True(operations >= 20, $"only {operations} operations with a JSON body were swept");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>The operations whose request body is JSON, with the body's schema.</summary>
    private static IEnumerable<(string Method, string Route, JsonNode Schema)> OperationsWithJsonBodies(JsonNode document)
    {
        foreach (var (route, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema)
                {
                    yield return (method.ToUpperInvariant(), route, schema);
                }
            }
        }
    }

    /// <summary>A caller the route's policy admits, so the body is what gets judged; null for the test-only probes.</summary>
    private static string? CallerOf(string route) => route switch
    {
        _ when route.StartsWith("/api/v1/test/", StringComparison.Ordinal) => null,
        _ when route.StartsWith("/api/v1/sittings/{sittingId}/check-in", StringComparison.Ordinal) => Candidate,
        _ when route.StartsWith("/api/v1/sittings/{sittingId}/events", StringComparison.Ordinal) => "proctoring",
        _ when route.StartsWith("/api/v1/sittings/", StringComparison.Ordinal) => "commission.0001.a",
        _ when route.StartsWith("/api/v1/commissions/", StringComparison.Ordinal) => "commission.0001.a",
        _ when route.StartsWith("/api/v1/appeal-commissions/", StringComparison.Ordinal) => "appeal.0001",
        _ when route.StartsWith("/api/v1/centers/", StringComparison.Ordinal) => "head.0001",
        _ when route.StartsWith("/api/v1/certificates/", StringComparison.Ordinal) => "head.0001",
        _ when route.StartsWith("/api/v1/candidates/", StringComparison.Ordinal) || route.StartsWith("/api/v1/cases", StringComparison.Ordinal) => Candidate,
        _ => "administrator",
    };

    private static string Url(string route, string caseId) => route
        .Replace("{center}", "0001").Replace("{caseId}", caseId).Replace("{sittingId}", "sitting-sweep-1").Replace("{stepId}", "s1")
        .Replace("{commissionId}", route.Contains("appeal-commissions", StringComparison.Ordinal) ? "appeal-0001-a" : route.Contains("/centers/", StringComparison.Ordinal) ? "com-sweep" : "com-0001-a")
        .Replace("{serial}", "69202-24111001-5-170326-0001-99999999").Replace("{code}", "sweep").Replace("{year}", "2040");

    /// <summary>The bad bodies of one schema, each named for the failure message.</summary>
    private static IEnumerable<(string Variant, string Body)> BadBodies(JsonNode schema, JsonNode document)
    {
        yield return ("{}", "{}");
        yield return ("null", "null");
        var resolved = Resolve(schema, document);
        if (resolved["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, property) in properties)
        {
            var member = Resolve(property!, document);
            foreach (var (variant, value) in Mutations(member, document))
            {
                var body = Plausible(resolved, document)!.AsObject();
                body[name] = value;
                yield return ($"{name} {variant}", body.ToJsonString());
            }
        }
    }

    private static IEnumerable<(string Variant, JsonNode? Value)> Mutations(JsonNode member, JsonNode document)
    {
        yield return ("null", null);
        var types = Types(member);
        yield return ("of the wrong type", types.Contains("string") ? JsonValue.Create(12345) : JsonValue.Create("wrong"));
        if (types.Contains("string"))
        {
            yield return ("100,000 characters long", JsonValue.Create(new string('x', 100_000)));
        }

        if (types.Contains("array"))
        {
            yield return ("holding null", new JsonArray((JsonNode?)null));
            if (member["items"] is { } items && Types(Resolve(items, document)).Contains("string"))
            {
                yield return ("holding a 100,000-character item", new JsonArray(JsonValue.Create(new string('x', 100_000))));
            }
        }
    }

    /// <summary>A value of the schema's shape: every member present, strings short, lists empty, enums their first value.</summary>
    private static JsonNode? Plausible(JsonNode schema, JsonNode document)
    {
        var resolved = Resolve(schema, document);
        if (resolved["enum"] is JsonArray values && values.FirstOrDefault(v => v is not null) is { } first)
        {
            return first.DeepClone();
        }

        var types = Types(resolved);
        if (types.Contains("object") || resolved["properties"] is not null)
        {
            var body = new JsonObject();
            foreach (var (name, property) in resolved["properties"]?.AsObject() ?? [])
            {
                body[name] = Plausible(property!, document);
            }

            return body;
        }

        return types.Contains("array") ? new JsonArray()
            : types.Contains("integer") || types.Contains("number") ? JsonValue.Create(1)
            : types.Contains("boolean") ? JsonValue.Create(true)
            : resolved["format"]?.GetValue<string>() is "date" ? JsonValue.Create("2026-03-20")
            : resolved["format"]?.GetValue<string>() is "date-time" ? JsonValue.Create("2026-03-20T10:00:00+05:00")
            : resolved["format"]?.GetValue<string>() is "uuid" ? JsonValue.Create(Guid.NewGuid().ToString())
            : JsonValue.Create("sweep");
    }

    /// <summary>The schema a <c>$ref</c> points at (one level, as the document writes them), else the schema itself.</summary>
    private static JsonNode Resolve(JsonNode schema, JsonNode document) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!
            : schema;

    private static HashSet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(type => type!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => schema["anyOf"] is JsonArray anyOf ? [.. anyOf.SelectMany(option => Types(option!))] : [],
    };

    private static async Task<string> SnapshotAsync(World world, string caseId)
    {
        var view = await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", Candidate);
        var identity = await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", Candidate);
        return view.GetRawText() + identity.GetRawText();
    }

    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", homeAddress = "Алматы, Сейфуллин к-сі, 10",
        email = "timur@example.kz", mobilePhone = "+7 701 000 0001", consentToProcessing = true, consentToNskPlacement = true,
    };
}
