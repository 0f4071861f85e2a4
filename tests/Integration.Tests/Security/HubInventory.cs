using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// The SignalR hubs of an assembly and their callable methods, each with its explicit authorization: an
/// [Authorize(Policy = …)] or [AllowAnonymous] on the method, or else on the hub class.
/// </summary>
public static class HubInventory
{
    private static readonly HashSet<string> LifecycleMethods = ["OnConnectedAsync", "OnDisconnectedAsync", "Dispose"];

    public static IReadOnlyList<Type> HubsIn(Assembly assembly) =>
        assembly.GetTypes().Where(type => !type.IsAbstract && typeof(Hub).IsAssignableFrom(type)).ToList();

    /// <summary>"Hub.Method" for every hub method that has no explicit policy.</summary>
    public static IReadOnlyList<string> MethodsWithoutPolicy(IEnumerable<Type> hubs) =>
        hubs.SelectMany(hub => Methods(hub).Where(method => Authorization(method) is null).Select(method => $"{hub.Name}.{method.Name}"))
            .ToList();

    public static IEnumerable<MethodInfo> Methods(Type hub) =>
        hub.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => !method.IsSpecialName && method.DeclaringType is { } declaring
                && declaring != typeof(object) && declaring != typeof(Hub)
                && !(declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(Hub<>))
                && !LifecycleMethods.Contains(method.Name));

    /// <summary>"(anonymous)", the policy names, or null when neither the method nor its hub has an explicit one.</summary>
    public static string? Authorization(MethodInfo method) => Explicit(method) ?? Explicit(method.DeclaringType!);

    private static string? Explicit(MemberInfo member)
    {
        if (member.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any())
        {
            return EndpointInventory.Anonymous;
        }

        var policies = member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(data => data.Policy).OfType<string>().ToList();
        return policies.Count == 0 ? null : string.Join(" + ", policies);
    }
}
