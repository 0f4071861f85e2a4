using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Platform.Frontend;
using Platform.Frontend.Security;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 6: every endpoint and hub method has an explicit policy, read from the application itself (its endpoint data
/// source, the hub types of the Frontend assembly); one added later without one fails here.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class EndpointPolicyTests(SecurityFixture platform)
{
    private IReadOnlyList<InventoriedEndpoint> Endpoints =>
        EndpointInventory.Of(platform.Services.GetRequiredService<EndpointDataSource>());

    [Fact]
    public void EveryEndpointNamesAPolicyOrIsExplicitlyAnonymous()
    {
        Assert.NotEmpty(Endpoints);
        Assert.Empty(Endpoints.Where(endpoint => endpoint.Authorization is null).Select(endpoint => endpoint.ToString()));
    }

    [Fact]
    public void EveryHubMethodOfTheFrontendNamesAPolicyOrIsExplicitlyAnonymous()
    {
        Assert.Empty(HubInventory.MethodsWithoutPolicy(HubInventory.HubsIn(typeof(FrontendExtensions).Assembly)));
    }

    [Fact]
    public void TheDashboardTheMetricsAndEveryAdministrationEndpointAreForAdministratorsOnly()
    {
        var administration = Endpoints.Where(endpoint => endpoint.Route.StartsWith("/dashboard", StringComparison.Ordinal)
            || endpoint.Route == "/metrics" || endpoint.Route.StartsWith("/api/v1/admin/", StringComparison.Ordinal)).ToList();

        Assert.Contains(administration, endpoint => endpoint.Route == "/dashboard/");
        Assert.Contains(administration, endpoint => endpoint.Route == "/metrics");
        Assert.Contains(administration, endpoint => endpoint.Route.StartsWith("/api/v1/admin/", StringComparison.Ordinal));
        Assert.All(administration, endpoint => Assert.Equal(Policies.Administrator, endpoint.Authorization));
    }

    [Fact]
    public void TheInventoryReportsAnEndpointWithoutAPolicyOrWithABareAuthorize()
    {
        Assert.Null(EndpointInventory.Authorization(Endpoint("/nothing")));
        Assert.Null(EndpointInventory.Authorization(Endpoint("/bare", new AuthorizeAttribute())));
        Assert.Equal(Policies.Operator, EndpointInventory.Authorization(Endpoint("/named", new AuthorizeAttribute(Policies.Operator))));
        Assert.Equal(EndpointInventory.Anonymous, EndpointInventory.Authorization(Endpoint("/open", new AllowAnonymousAttribute())));
    }

    [Fact]
    public void TheInventoryReportsAHubMethodWithoutAPolicy()
    {
        var unprotected = HubInventory.MethodsWithoutPolicy([typeof(ProtectedProbeHub), typeof(UnprotectedProbeHub)]);

        Assert.Equal(["UnprotectedProbeHub.Leak"], unprotected);
    }

    private static RouteEndpoint Endpoint(string route, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0, new EndpointMetadataCollection(metadata), route);
}
