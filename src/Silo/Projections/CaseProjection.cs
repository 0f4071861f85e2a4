using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;

namespace Platform.Silo.Projections;

/// <summary>The <c>case_projection</c> table (migrations 0009, 0014, 0016), upserted by version.</summary>
public sealed class CaseProjection(NpgsqlDataSource dataSource) : ICaseProjection
{
    private const string Upsert = """
        insert into case_projection
            (case_id, center_number, candidate_key, program_code, state, attempt, version, deadlines, certificate_serial, updated_at, channel, appeal_outcome)
        values (@case_id, @center, @candidate, @program, @state, @attempt, @version, @deadlines, @serial, @at, @channel, @appeal_outcome)
        on conflict (case_id) do update set
            state = excluded.state, attempt = excluded.attempt, version = excluded.version, deadlines = excluded.deadlines,
            certificate_serial = excluded.certificate_serial, updated_at = excluded.updated_at, channel = excluded.channel,
            appeal_outcome = excluded.appeal_outcome
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
        command.Parameters.AddWithValue("appeal_outcome", NpgsqlDbType.Text, (object?)AppealOutcomeOf(view) ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>P23: the outcome of the case's latest appeal decision, as the statistics count it; null before any.</summary>
    public static string? AppealOutcomeOf(CaseView view) =>
        view.History.LastOrDefault(e => e.What is nameof(ApplicationAction.UpholdAppeal) or nameof(ApplicationAction.RejectAppeal) or nameof(ApplicationAction.OrderResit))?.What switch
        {
            nameof(ApplicationAction.UpholdAppeal) => Name(AppealOutcome.Upheld),
            nameof(ApplicationAction.RejectAppeal) => Name(AppealOutcome.Rejected),
            nameof(ApplicationAction.OrderResit) => Name(AppealOutcome.TechnicalDiscrepancy),
            _ => null,
        };

    private static string Name(AppealOutcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
}
