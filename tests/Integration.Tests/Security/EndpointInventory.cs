using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// The endpoints of a running application, read from its <see cref="EndpointDataSource"/>: each route pattern with
/// its HTTP methods (<c>*</c> for any) and its authorization — the policies named, or anonymous.
/// </summary>
public static class EndpointInventory
{
    public const string AnyMethod = "*";
    public const string Anonymous = "(anonymous)";

    public static IReadOnlyList<InventoriedEndpoint> Of(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => Methods(endpoint).Select(method => new InventoriedEndpoint(method, Route(endpoint), Authorization(endpoint))))
            .Distinct()
            .OrderBy(endpoint => endpoint.Route, StringComparer.Ordinal).ThenBy(endpoint => endpoint.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The explicit authorization of an endpoint: "(anonymous)" for AllowAnonymous, else the named policies; null when
    /// it has none (only a bare [Authorize] or nothing: the fallback would apply, which the platform does not accept).
    /// </summary>
    public static string? Authorization(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anonymous;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(data => data.Policy)
            .OfType<string>()
            .Distinct()
            .ToList();
        return policies.Count == 0 ? null : string.Join(" + ", policies);
    }

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');

    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : [AnyMethod];
}
