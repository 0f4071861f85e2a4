using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Live;

namespace Platform.Silo.Live;

/// <summary>The <c>live_sittings</c> table (migration 0011).</summary>
public sealed class LiveSittingDirectory(NpgsqlDataSource dataSource) : ILiveSittingDirectory
{
    private const string Insert = """
        insert into live_sittings (center_number, sitting_id, case_id, candidate_key, tracked_at) values ($1, $2, $3, $4, $5)
        on conflict (center_number, sitting_id) do nothing
        """;

    private const string Recent = """
        select sitting_id, case_id, candidate_key, tracked_at from live_sittings where center_number = $1 and tracked_at >= $2
        """;

    public async Task TrackAsync(string center, string sittingId, TrackedSitting sitting, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Insert);
        command.Parameters.Add(new NpgsqlParameter { Value = center, NpgsqlDbType = NpgsqlDbType.Char });
        command.Parameters.Add(new NpgsqlParameter { Value = sittingId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = sitting.CaseId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = sitting.CandidateKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = sitting.TrackedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, TrackedSitting>> TrackedSinceAsync(string center, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Recent);
        command.Parameters.Add(new NpgsqlParameter { Value = center, NpgsqlDbType = NpgsqlDbType.Char });
        command.Parameters.Add(new NpgsqlParameter { Value = since.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tracked = new Dictionary<string, TrackedSitting>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            tracked[reader.GetString(0)] = new TrackedSitting(reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
        }

        return tracked;
    }
}
