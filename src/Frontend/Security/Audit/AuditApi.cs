using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security.Audit;

/// <summary>The audit log for the national operator and administrators (issue 6: "the operator can query it").</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", Query)
            .WithTags("Audit")
            .WithSummary("Audit entries, newest first: filter by subject, actor, action and time (from inclusive, to exclusive), page by page.")
            .RequireAuthorization(Policies.Operator);
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> Query(
        string? subject, string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        IAuditLog log, HttpContext context)
    {
        var size = pageSize ?? AuditQuery.DefaultPageSize;
        if (page < 1 || size is < 1 or > AuditQuery.MaxPageSize)
        {
            return Problem.BadRequest(context, Messages.InvalidQuery, Messages.InvalidQueryDetail($"page counts from 1; pageSize is 1 to {AuditQuery.MaxPageSize}."));
        }

        var query = new AuditQuery(subject, actor, action, from, to, page ?? 1, size);
        return TypedResults.Ok(await log.QueryAsync(query, context.RequestAborted));
    }
}
