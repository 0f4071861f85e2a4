using System.Net;
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
            Assert.Contains("PostgreSQL is not reachable", await whileDown.Content.ReadAsStringAsync());
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
