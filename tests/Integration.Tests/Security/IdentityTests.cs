using System.Net;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 11, trust boundaries: a person's identity is theirs. Staff of a center registering a paper App.1 create a
/// new person, or find an existing one when the IIN, surname and given name match, and never change them; a mismatch
/// tells nothing about the person. Every change of identity is audited under the candidate key, never the IIN.
/// </summary>
public sealed class IdentityTests
{
    private const string Iin = "900515300018";

    [Fact]
    public async Task AnotherCentersPaperWithOtherNamesIsRefusedAndTellsNothing()
    {
        await using var world = await StartAsync();
        var own = await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Person(Iin, "Демокандидатов", "Тимур", "Алматы, Абай 1"));
        var key = own.GetProperty("candidateKey").GetString()!;

        using var refused = await world.SendAsync(HttpMethod.Post, "/api/v1/centers/0002/candidates", "registrar.0002", Person(Iin, "Самозванов", "Тимур", "Астана, Кенесары 2"));

        var text = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        foreach (var secret in new[] { key, "Демокандидатов", "Алматы", "t@example.kz" })
        {
            Assert.DoesNotContain(secret, text);
        }

        var identity = (await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", "candidate.1")).GetProperty("identity");
        Assert.Equal(own.GetProperty("identity").GetProperty("name").ToString(), identity.GetProperty("name").ToString());
        Assert.Equal(own.GetProperty("identity").GetProperty("contacts").ToString(), identity.GetProperty("contacts").ToString());
    }

    [Fact]
    public async Task MatchingNamesAttachTheExistingPersonAndChangeNothing()
    {
        await using var world = await StartAsync();
        var own = await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Person(Iin, "Демокандидатов", "Тимур", "Алматы, Абай 1"));

        var attached = await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0002/candidates", "registrar.0002",
            Person(Iin, "  ДЕМОКАНДИДАТОВ ", "тимур", "Астана, Кенесары 2", email: "other@example.kz"));

        Assert.Equal(own.GetProperty("candidateKey").GetString(), attached.GetProperty("candidateKey").GetString());
        Assert.Equal("attachedExisting", attached.GetProperty("outcome").GetString());
        Assert.False(attached.TryGetProperty("identity", out _));
        var identity = (await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", "candidate.1")).GetProperty("identity");
        Assert.Equal("Демокандидатов", identity.GetProperty("name").GetProperty("surname").GetString());
        Assert.Equal("Алматы, Абай 1", identity.GetProperty("contacts").GetProperty("homeAddress").GetString());
        Assert.Equal("t@example.kz", identity.GetProperty("contacts").GetProperty("email").GetString());
    }

    [Fact]
    public async Task IdentityChangesAreAuditedUnderTheCandidateKeyAndNeverTheIin()
    {
        await using var world = await StartAsync();
        var key = (await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Person(Iin, "Демокандидатов", "Тимур", "Алматы")))
            .GetProperty("candidateKey").GetString()!;
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Person(Iin, "Демокандидатов", "Тимур", "Алматы, новый адрес"));
        await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0002/candidates", "registrar.0002", Person(Iin, "Демокандидатов", "Тимур", "Астана"));
        var created = await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0002/candidates", "registrar.0002", Person("850303400129", "Бумажная", "Алия", "Астана"));
        var newKey = created.GetProperty("candidateKey").GetString()!;
        Assert.Equal("created", created.GetProperty("outcome").GetString());

        var entries = await AuditAsync(world, $"subject={key}");
        Assert.Equal(
            ["candidate.register-paper attached-unchanged", "candidate.register updated", "candidate.register created"],
            entries.Select(e => $"{e.GetProperty("action").GetString()} {e.GetProperty("details").GetProperty("identity").GetString()}"));
        var paper = Assert.Single(await AuditAsync(world, $"subject={newKey}"));
        Assert.Equal("created", paper.GetProperty("details").GetProperty("identity").GetString());
        Assert.Equal("registrar.0002", paper.GetProperty("actor").GetString());
        foreach (var action in new[] { "candidate.register", "candidate.register-paper" })
        {
            var all = JsonSerializer.Serialize(await AuditAsync(world, $"action={action}"));
            Assert.DoesNotContain(Iin, all);
            Assert.DoesNotContain("850303400129", all);
        }
    }

    private static Task<World> StartAsync() => World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();

    private static object Person(string iin, string surname, string givenName, string address, string email = "t@example.kz") => new
    {
        iin, surname, givenName, patronymic = (string?)null, homeAddress = address,
        email, mobilePhone = "+7 701 000 0001", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    private static async Task<List<JsonElement>> AuditAsync(World world, string query) =>
        (await world.OkAsync(HttpMethod.Get, "/api/v1/audit?" + query, "operator")).GetProperty("entries").EnumerateArray().ToList();
}
