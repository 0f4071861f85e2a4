using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Faults;

/// <summary>Issue 11, "faults look like faults": PostgreSQL down is a 503 the caller can retry, never a 500.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task ARegistrationWhilePostgresIsDownIsA503InTheCallersLanguageAndSucceedsOnceItIsBack()
    {
        var postgres = await PostgresCluster.StartPrivateAsync();
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            using var silo = await PlatformHosts.StartSiloAsync(database, "faults-storage");
            await using var frontend = await PlatformHosts.StartFrontendAsync(database, "faults-storage");
            var token = await FaultRequests.TokenAsync(frontend, "candidate.1");

            await postgres.StopAsync();
            using (var whileDown = await FaultRequests.SendAsync(frontend, HttpMethod.Put, "/api/v1/candidates/me", token, FaultRequests.CandidateOne(), "ru"))
            {
                await AssertUnavailableAsync(whileDown, "ru");
            }

            using (var english = await FaultRequests.SendAsync(frontend, HttpMethod.Get, "/api/v1/candidates/me", token))
            {
                await AssertUnavailableAsync(english, "en");
            }

            await postgres.StartAgainAsync();
            // The pools still hold connections of the stopped server: the first calls may fail on them, as 503 too.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                using var again = await FaultRequests.SendAsync(frontend, HttpMethod.Put, "/api/v1/candidates/me", token, FaultRequests.CandidateOne());
                if (again.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }

                await AssertUnavailableAsync(again, "en");
                Assert.True(DateTime.UtcNow < deadline, "the registration did not succeed within 60 s of PostgreSQL's restart");
            }

            await silo.StopAsync();
        }
        finally
        {
            await postgres.StopAsync();
        }
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response, string language)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(language, problem.GetProperty("language").GetString());
        if (language == "ru")
        {
            Assert.Contains("недоступ", problem.GetProperty("title").GetString());
        }

        // No driver's message, no exception type: the caller learns that it is a fault and when to come back.
        Assert.DoesNotContain("Npgsql", text);
        Assert.DoesNotContain("Exception", text);
    }
}
