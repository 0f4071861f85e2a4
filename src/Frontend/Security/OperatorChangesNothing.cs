using Microsoft.AspNetCore.Authorization;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Security;

/// <summary>
/// The national operator reads everything and changes nothing (issue 6): a request that is not a read (GET, HEAD,
/// OPTIONS) fails authorization (403) when the operator role is the caller's only role. It is part of every policy
/// and of the fallback policy, so an endpoint that forgets to exclude the operator still refuses them a change.
/// </summary>
public sealed class OperatorChangesNothing : AuthorizationHandler<OperatorChangesNothing>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperatorChangesNothing requirement)
    {
        var isRead = context.Resource is not HttpContext http || IsRead(http.Request.Method);
        var operatorOnly = context.User.IsInRole(Roles.Operator)
            && Roles.All.Where(role => role != Roles.Operator).All(role => !context.User.IsInRole(role));
        if (isRead || !operatorOnly)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
