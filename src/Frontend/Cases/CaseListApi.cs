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
        app.MapGet("/api/v1/candidates/me/cases", ListOwnCases).RequireAuthorization(Policies.Candidate).WithTags("Candidate")
            .WithSummary("The signed-in candidate's cases, newest change first.");
        app.MapGet("/api/v1/centers/{center}/cases", ListCenterCases).RequireAuthorization(Policies.CaseReader).WithTags("Center")
            .WithSummary("The center's cases, newest change first; filter by state (e.g. registered, examScheduled).");
        app.MapGet("/api/v1/centers/{center}/deadlines", CenterDeadlines).RequireAuthorization(Policies.CaseReader).WithTags("Center")
            .WithSummary("The center's deadline board: obligations at risk and breached (SPEC §2), and its counts.");
        app.MapGet("/api/v1/operator/deadlines", ListFlaggedDeadlines).RequireAuthorization(Policies.Operator).WithTags("Operator")
            .WithSummary("Every center's obligations at risk or breached (SPEC §2), soonest due first.");
        return app;
    }

    private static async Task<Results<Ok<CenterDeadlineBoard>, ProblemHttpResult>> CenterDeadlines(
        string center, PlatformUser user, CenterAccess access, NpgsqlDataSource data, HttpContext context)
    {
        if (access.Check(user, center, AccessIntent.Read) is var decision and not AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        var flagged = await FlaggedAsync(data, center, context.RequestAborted);
        await using var command = data.CreateCommand("""
            select
                (select count(*) from case_projection p, jsonb_array_elements(p.deadlines) d
                 where p.center_number = @center and d->>'status' = 'breached')::int,
                (select count(*) from case_projection
                 where center_number = @center and state not in ('refused', 'certificateIssued', 'resultFinal', 'withdrawn'))::int
            """);
        command.Parameters.AddWithValue("center", center);
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        await reader.ReadAsync(context.RequestAborted);
        return TypedResults.Ok(new CenterDeadlineBoard(
            center,
            [.. flagged.Where(d => d.Status == "atRisk")],
            [.. flagged.Where(d => d.Status == "breached")],
            reader.GetInt32(0),
            reader.GetInt32(1)));
    }

    private static async Task<Ok<CaseListItem[]>> ListOwnCases(PlatformUser user, NpgsqlDataSource data, HttpContext context) =>
        TypedResults.Ok(await OwnCasesAsync(data, user.CandidateKey, context.RequestAborted));

    /// <summary>A candidate's cases, newest change first (the API's list and the site's portal).</summary>
    public static Task<CaseListItem[]> OwnCasesAsync(NpgsqlDataSource data, string? candidateKey, CancellationToken cancellationToken) =>
        QueryAsync(data, "candidate_key = @key", [("key", candidateKey ?? "")], 1, MaxPageSize, cancellationToken);

    private static async Task<Results<Ok<CaseListItem[]>, ProblemHttpResult>> ListCenterCases(
        string center, string? state, int? page, int? pageSize, PlatformUser user, CenterAccess access, NpgsqlDataSource data, HttpContext context)
    {
        if (access.Check(user, center, AccessIntent.Read) is var decision and not AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        var filter = "center_number = @center and (@state::text is null or state = @state)";
        return TypedResults.Ok(await QueryAsync(data, filter, [("center", center), ("state", state)], page ?? 1, pageSize ?? 50, context.RequestAborted));
    }

    private static async Task<CaseListItem[]> QueryAsync(
        NpgsqlDataSource data, string filter, (string Name, string? Value)[] parameters, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var command = data.CreateCommand($"""
            select case_id, center_number, candidate_key, program_code, state, attempt, deadlines::text, certificate_serial, updated_at
            from case_projection
            where {filter}
            order by updated_at desc, case_id
            limit @limit offset @offset
            """);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
        }

        command.Parameters.AddWithValue("limit", size);
        command.Parameters.AddWithValue("offset", Math.Max(page - 1, 0) * size);
        var items = new List<CaseListItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new CaseListItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), JsonDocument.Parse(reader.GetString(6)).RootElement.Clone(), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return [.. items];
    }

    private static async Task<Ok<FlaggedDeadline[]>> ListFlaggedDeadlines(string? center, NpgsqlDataSource data, HttpContext context) =>
        TypedResults.Ok((await FlaggedAsync(data, center, context.RequestAborted)).ToArray());

    /// <summary>The center obligations at risk or breached and not yet met, soonest due first.</summary>
    private static async Task<List<FlaggedDeadline>> FlaggedAsync(NpgsqlDataSource data, string? center, CancellationToken cancellationToken)
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
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            flagged.Add(new FlaggedDeadline(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return flagged;
    }
}
