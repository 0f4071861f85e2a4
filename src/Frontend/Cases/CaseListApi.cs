using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;

namespace Platform.Frontend.Cases;

/// <summary>
/// Lists read the case projection in PostgreSQL that the case grains write (SPEC §6), never grain state:
/// a center's cases for its staff and the operator, and every center's flagged deadlines for the operator.
/// </summary>
public static class CaseListApi
{
    private const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapCaseListApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/centers/{center}/cases", ListCenterCases).RequireAuthorization(Policies.CaseReader).WithTags("Center")
            .WithSummary("The center's cases, newest change first; filter by state (e.g. registered, examScheduled).");
        app.MapGet("/api/v1/operator/deadlines", ListFlaggedDeadlines).RequireAuthorization(Policies.Operator).WithTags("Operator")
            .WithSummary("Every center's obligations at risk or breached (SPEC §2), soonest due first.");
        return app;
    }

    private static async Task<Results<Ok<CaseListItem[]>, ProblemHttpResult>> ListCenterCases(
        string center, string? state, int? page, int? pageSize, PlatformUser user, CenterAccess access, NpgsqlDataSource data, HttpContext context)
    {
        if (access.Check(user, center, AccessIntent.Read) is var decision and not AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        await using var command = data.CreateCommand("""
            select case_id, center_number, candidate_key, program_code, state, attempt, deadlines::text, certificate_serial, updated_at
            from case_projection
            where center_number = @center and (@state::text is null or state = @state)
            order by updated_at desc, case_id
            limit @limit offset @offset
            """);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("state", (object?)state ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", size);
        command.Parameters.AddWithValue("offset", Math.Max((page ?? 1) - 1, 0) * size);
        var items = new List<CaseListItem>();
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        while (await reader.ReadAsync(context.RequestAborted))
        {
            items.Add(new CaseListItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), JsonDocument.Parse(reader.GetString(6)).RootElement.Clone(), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return TypedResults.Ok(items.ToArray());
    }

    private static async Task<Ok<FlaggedDeadline[]>> ListFlaggedDeadlines(string? center, NpgsqlDataSource data, HttpContext context)
    {
        await using var command = data.CreateCommand("""
            select p.center_number, p.case_id, d->>'kind', d->>'rule', d->>'status', (d->>'dueAt')::timestamptz
            from case_projection p, jsonb_array_elements(p.deadlines) d
            where (p.deadlines @> '[{"status": "atRisk"}]' or p.deadlines @> '[{"status": "breached"}]')
              and d->>'status' in ('atRisk', 'breached') and d->>'metAt' is null
              and (@center::text is null or p.center_number = @center)
            order by (d->>'dueAt')::timestamptz
            limit 1000
            """);
        command.Parameters.AddWithValue("center", (object?)center ?? DBNull.Value);
        var flagged = new List<FlaggedDeadline>();
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        while (await reader.ReadAsync(context.RequestAborted))
        {
            flagged.Add(new FlaggedDeadline(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return TypedResults.Ok(flagged.ToArray());
    }
}
