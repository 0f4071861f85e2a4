using Npgsql;
using NpgsqlTypes;
using Platform.Domain.Procedure;
using Platform.Grains.Live;

namespace Platform.Silo.Live;

/// <summary>The <c>live_sittings</c> table (migrations 0011, 0017).</summary>
public sealed class LiveSittingDirectory(NpgsqlDataSource dataSource) : ILiveSittingDirectory
{
    private const string Insert = """
        insert into live_sittings (center_number, sitting_id, case_id, candidate_key, tracked_at, exam_day) values ($1, $2, $3, $4, $5, $6)
        on conflict (center_number, sitting_id) do nothing
        """;

    // The partial index live_sittings_open_on_day answers it: neither closed rows nor other days are read.
    private const string OpenOnDay = """
        select sitting_id, case_id, candidate_key, tracked_at, exam_day from live_sittings
        where center_number = $1 and exam_day = $2 and closed_at is null
        """;

    private const string ClosedOnDay = """
        select closed_state, count(*) from live_sittings
        where center_number = $1 and exam_day = $2 and closed_at is not null group by closed_state
        """;

    private const string Close = """
        update live_sittings set closed_at = $3, closed_state = $4 where center_number = $1 and sitting_id = $2 and closed_at is null
        """;

    public async Task TrackAsync(string center, string sittingId, TrackedSitting sitting, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Insert);
        Add(command, center, NpgsqlDbType.Char);
        Add(command, sittingId, NpgsqlDbType.Text);
        Add(command, sitting.CaseId, NpgsqlDbType.Text);
        Add(command, sitting.CandidateKey, NpgsqlDbType.Text);
        Add(command, sitting.TrackedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        Add(command, sitting.ExamDay, NpgsqlDbType.Date);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, TrackedSitting>> OpenOnAsync(string center, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(OpenOnDay);
        Add(command, center, NpgsqlDbType.Char);
        Add(command, day, NpgsqlDbType.Date);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tracked = new Dictionary<string, TrackedSitting>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            tracked[reader.GetString(0)] = new TrackedSitting(
                reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateOnly>(4));
        }

        return tracked;
    }

    public async Task<IReadOnlyDictionary<SittingState, int>> ClosedOnAsync(string center, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(ClosedOnDay);
        Add(command, center, NpgsqlDbType.Char);
        Add(command, day, NpgsqlDbType.Date);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var closed = new Dictionary<SittingState, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<SittingState>(reader.GetString(0), out var state))
            {
                closed[state] = checked((int)reader.GetInt64(1));
            }
        }

        return closed;
    }

    public async Task CloseAsync(string center, string sittingId, SittingState state, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Close);
        Add(command, center, NpgsqlDbType.Char);
        Add(command, sittingId, NpgsqlDbType.Text);
        Add(command, at.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        Add(command, state.ToString(), NpgsqlDbType.Text);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(NpgsqlCommand command, object value, NpgsqlDbType type) =>
        command.Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
}
