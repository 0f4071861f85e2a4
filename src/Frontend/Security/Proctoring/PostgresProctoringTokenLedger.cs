using Npgsql;

namespace Platform.Frontend.Security.Proctoring;

/// <summary>
/// The ledger in PostgreSQL (<c>proctoring_token_use</c>, migration 0006), so a token opens one stream in the whole
/// cluster, whichever frontend it reaches. The primary key decides a race between two frontends; rows of expired
/// tokens are dropped on the way, since an expired token is refused before it gets here.
/// </summary>
public sealed class PostgresProctoringTokenLedger(NpgsqlDataSource database) : IProctoringTokenLedger
{
    public async Task<bool> TryUseAsync(ProctoringGrant grant, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand("""
            with expired as (delete from proctoring_token_use where expires_at < $4)
            insert into proctoring_token_use (token_id, sitting_id, expires_at) values ($1, $2, $3)
            on conflict (token_id) do nothing
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = grant.TokenId });
        command.Parameters.Add(new NpgsqlParameter { Value = grant.SittingId });
        command.Parameters.Add(new NpgsqlParameter { Value = grant.ExpiresAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
