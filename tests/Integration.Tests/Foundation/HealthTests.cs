using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Foundation;

public sealed class HealthTests
{
    [Fact]
    public async Task ReadyAnswers503WhilePostgresIsDownAnd200OnceItIsBack()
    {
        var postgres = await PostgresCluster.StartPrivateAsync();
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            using var silo = await PlatformHosts.StartSiloAsync(database, "health");
            await using var frontend = await PlatformHosts.StartFrontendAsync(database, "health");

            Assert.Equal(HttpStatusCode.OK, (await frontend.Http.GetAsync("/health/ready")).StatusCode);

            await postgres.StopAsync();
            var whileDown = await frontend.Http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
            Assert.Equal("""{"status":"Unhealthy"}""", await whileDown.Content.ReadAsStringAsync());

            // The reasons are for an administrator only (issue 11); the development issuer needs no database.
            var token = (await (await frontend.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account = "administrator" }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            using var asAdministrator = new HttpRequestMessage(HttpMethod.Get, "/health/ready") { Headers = { Authorization = new("Bearer", token) } };
            var details = await frontend.Http.SendAsync(asAdministrator);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, details.StatusCode);
            Assert.Contains("PostgreSQL is not reachable", await details.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await frontend.Http.GetAsync("/health/live")).StatusCode);

            await postgres.StartAgainAsync();
            Assert.Equal(HttpStatusCode.OK, (await frontend.Http.GetAsync("/health/ready")).StatusCode);
            await silo.StopAsync();
        }
        finally
        {
            await postgres.StopAsync();
        }
    }
}
