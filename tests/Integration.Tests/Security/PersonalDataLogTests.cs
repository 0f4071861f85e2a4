using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Identity;
using Platform.Frontend.Security.Development;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 6 and SPEC §4: no IIN and no name in the logs. Runs the flows that exist against a silo and frontend whose
/// every log message is captured, then searches all of them. Later issues add their flows to <see cref="RunFlowsAsync"/>.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed partial class PersonalDataLogTests(SecurityFixture platform)
{
    private const string RegisteredIin = "020304500029";
    private const string RegisteredName = "Askar Testovich Loggedmaybe";

    [Fact]
    public async Task TheLogsOfTheFlowsHoldNoIinAndNoName()
    {
        var candidateKey = await RunFlowsAsync();
        var logs = platform.Logs.Entries.ToList();

        // The capture works, for both hosts: the registration's key-only message and the silo's own messages are there.
        Assert.Contains(logs, entry => entry.Contains(candidateKey, StringComparison.Ordinal));
        Assert.Contains(logs, entry => entry.Contains(" Orleans.", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, ContainsAnIin);
        foreach (var name in PersonalNames())
        {
            Assert.DoesNotContain(logs, entry => entry.Contains(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheScanRecognisesAnIinInAMessage()
    {
        Assert.True(ContainsAnIin($"Registered candidate {RegisteredIin}"));
        Assert.False(ContainsAnIin("Gateway 127.0.0.1:30000, generation 123456789012345"));
    }

    /// <summary>The flows that exist today: sign-in, calendar, administration, a registration with an IIN, a personal file.</summary>
    private async Task<string> RunFlowsAsync()
    {
        foreach (var account in platform.Services.GetRequiredService<DemoAccounts>().All)
        {
            await platform.TokenAsync(account.Name);
        }

        using var year = await platform.SendAsync(HttpMethod.Get, "/api/v1/calendar/2026", "candidate.1");
        using var deadline = await platform.SendAsync(HttpMethod.Get, "/api/v1/calendar/deadline?from=2026-03-20&workingDays=3", null);
        using var load = await platform.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2035", "administrator", AuditLogTests.CalendarOf(2035));
        using var registration = await platform.SendAsync(HttpMethod.Post, "/api/v1/test/candidates", "registrar.0001",
            JsonContent.Create(new { iin = RegisteredIin, fullName = RegisteredName }));
        using var malformed = await platform.SendAsync(HttpMethod.Post, "/api/v1/test/candidates", "registrar.0001",
            new StringContent($"{{\"iin\": \"{RegisteredIin}\", \"fullName\": \"{RegisteredName}\", \"extra\": 1}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, load.StatusCode);
        Assert.Equal(HttpStatusCode.OK, registration.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var answer = await registration.Content.ReadFromJsonAsync<JsonElement>();
        var candidateKey = answer[0].GetString()!;
        Assert.Equal("round-trip", answer[2].GetString());
        using var file = await platform.SendAsync(HttpMethod.Get, $"/api/v1/test/candidates/{candidateKey}/file", "operator");
        return candidateKey;
    }

    private static bool ContainsAnIin(string entry) =>
        TwelveDigits().Matches(entry).Any(match => Iin.TryParse(match.Value, out _, out _));

    private IEnumerable<string> PersonalNames() =>
        platform.Services.GetRequiredService<DemoAccounts>().All
            .SelectMany(account => account.DisplayName.Split(' '))
            .Where(part => part.Length >= 4 && part is not ("Demo" or "Proctoring" or "Service"))
            .Concat(RegisteredName.Split(' '))
            .Distinct();

    [GeneratedRegex("(?<![0-9])[0-9]{12}(?![0-9])")]
    private static partial Regex TwelveDigits();
}
