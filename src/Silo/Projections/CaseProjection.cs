using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Procedure;

namespace Platform.Silo.Projections;

/// <summary>The <c>case_projection</c> table (migrations 0009, 0014), upserted by version.</summary>
public sealed class CaseProjection(NpgsqlDataSource dataSource) : ICaseProjection
{
    private const string Upsert = """
        insert into case_projection
            (case_id, center_number, candidate_key, program_code, state, attempt, version, deadlines, certificate_serial, updated_at, channel)
        values (@case_id, @center, @candidate, @program, @state, @attempt, @version, @deadlines, @serial, @at, @channel)
        on conflict (case_id) do update set
            state = excluded.state, attempt = excluded.attempt, version = excluded.version, deadlines = excluded.deadlines,
            certificate_serial = excluded.certificate_serial, updated_at = excluded.updated_at, channel = excluded.channel
        where case_projection.version < excluded.version
        """;

    /// <summary>The JSON the API and the operator's queries read: camelCase, enums by name.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task WriteAsync(CaseView view, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Upsert);
        command.Parameters.AddWithValue("case_id", view.CaseId);
        command.Parameters.AddWithValue("center", view.CenterNumber);
        command.Parameters.AddWithValue("candidate", view.CandidateKey);
        command.Parameters.AddWithValue("program", view.ProgramCode);
        command.Parameters.AddWithValue("state", JsonNamingPolicy.CamelCase.ConvertName(view.State.ToString()));
        command.Parameters.AddWithValue("attempt", view.Attempt);
        command.Parameters.AddWithValue("version", view.Version);
        command.Parameters.AddWithValue("deadlines", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(view.Deadlines, Json));
        command.Parameters.AddWithValue("serial", (object?)view.CertificateSerial ?? DBNull.Value);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("channel", JsonNamingPolicy.CamelCase.ConvertName(view.Channel.ToString()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
