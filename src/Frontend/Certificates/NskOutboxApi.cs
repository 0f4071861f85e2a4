using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Platform.Frontend.Security;

namespace Platform.Frontend.Certificates;

/// <summary>P18.2: the backlog of results on their way to the NSK platform, for the national operator and administrators.</summary>
public static class NskOutboxApi
{
    public const int OldestShown = 20;

    public static IEndpointRouteBuilder MapNskOutboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/operator/nsk-outbox", GetBacklog)
            .WithTags("Operator").RequireAuthorization(Policies.Operator)
            .WithSummary("Results for the NSK platform: counts pending, failing and delivered, and the oldest undelivered.");
        return app;
    }

    private static async Task<Ok<NskBacklog>> GetBacklog(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(new("""
            select count(*) filter (where delivered_at is null and last_error is null)::int,
                   count(*) filter (where delivered_at is null and last_error is not null)::int,
                   count(*) filter (where delivered_at is not null)::int
            from nsk_outbox
            """));
        batch.BatchCommands.Add(new($"""
            select idempotency_key, created_at, attempts, next_attempt_at, last_error
            from nsk_outbox where delivered_at is null
            order by created_at, id limit {OldestShown}
            """));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (pending, failing, delivered) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
        await reader.NextResultAsync(cancellationToken);
        var oldest = new List<NskBacklogItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            oldest.Add(new NskBacklogItem(
                reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return TypedResults.Ok(new NskBacklog(pending, failing, delivered, oldest));
    }
}
