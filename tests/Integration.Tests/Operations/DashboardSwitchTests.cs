using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Hosting;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 16: the Orleans Dashboard costs about 6 % of a silo's CPU at 10,000 candidates (its profiler around every grain
/// call, its reader of every Orleans instrument each second); <c>Platform__Dashboard__Enabled=false</c> leaves it out of
/// a silo and of a frontend, and by default it is there for the administrators.
/// </summary>
public sealed class DashboardSwitchTests
{
    private static readonly Dictionary<string, string?> Off = new() { [PlatformDashboard.EnabledSetting] = "false" };

    [Fact]
    public async Task SwitchedOffTheDashboardIsNeitherServedByAFrontendNorProfilingASilosCalls()
    {
        await using var world = await World.Create().WithFrontend().StartAsync();
        await using var without = await PlatformHosts.StartFrontendAsync(world.Database, world.ClusterId, Off);

        Assert.Equal(HttpStatusCode.OK, await DashboardAsAdministratorAsync(world.Frontend.Address));
        Assert.Equal(HttpStatusCode.NotFound, await DashboardAsAdministratorAsync(without.Address));

        // A silo of a cluster of its own on the same database: the world's silo keeps its Dashboard.
        Assert.True(ProfilesGrainCalls(world.SiloServices));
        using var silo = await PlatformHosts.StartSiloAsync(world.Database, world.ClusterId + "-without-dashboard", settings: Off);
        try
        {
            Assert.False(ProfilesGrainCalls(silo.Services));
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    private static async Task<HttpStatusCode> DashboardAsAdministratorAsync(Uri frontend)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = frontend };
        using var signIn = await http.GetAsync("/api/v1/dev/sign-in?account=administrator&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Add("Cookie", signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Whether a grain call filter of the Dashboard's is registered in this silo.</summary>
    private static bool ProfilesGrainCalls(IServiceProvider silo) =>
        silo.GetServices<IIncomingGrainCallFilter>().Any(filter => filter.GetType().Namespace?.StartsWith("Orleans.Dashboard", StringComparison.Ordinal) == true);
}
