using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Silo.Faults;

namespace Platform.Silo.Projections;

/// <summary>
/// The <c>case_projection</c> table (migrations 0009, 0014, 0016), upserted by version. With
/// <see cref="CaseProjectionOptions.GroupCommit"/> the writes of many cases queue up and each writer upserts what is
/// queued with one statement (one commit), then completes every caller's task, as the grain store does (issue 16).
/// </summary>
public sealed partial class CaseProjection(NpgsqlDataSource dataSource, IOptions<CaseProjectionOptions> options, ILogger<CaseProjection> logger)
    : BackgroundService, ICaseProjection
{
    private const string Upsert = """
        insert into case_projection as p
            (case_id, center_number, candidate_key, program_code, state, attempt, version, deadlines, certificate_serial, updated_at, channel, appeal_outcome)
        select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::jsonb[],
                             $9::text[], $10::timestamptz[], $11::text[], $12::text[])
        on conflict (case_id) do update set
            state = excluded.state, attempt = excluded.attempt, version = excluded.version, deadlines = excluded.deadlines,
            certificate_serial = excluded.certificate_serial, updated_at = excluded.updated_at, channel = excluded.channel,
            appeal_outcome = excluded.appeal_outcome
        where p.version < excluded.version
        """;

    private readonly Channel<ProjectionRow> _queue = Channel.CreateUnbounded<ProjectionRow>();
    private readonly CaseProjectionOptions _options = options.Value;

    /// <summary>The JSON the API and the operator's queries read: camelCase, enums by name.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public Task WriteAsync(CaseView view, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var row = new ProjectionRow(
            view.CaseId, view.CenterNumber, view.CandidateKey, view.ProgramCode, JsonNamingPolicy.CamelCase.ConvertName(view.State.ToString()),
            view.Attempt, view.Version, JsonSerializer.Serialize(view.Deadlines, Json), view.CertificateSerial, at.ToUniversalTime(),
            JsonNamingPolicy.CamelCase.ConvertName(view.Channel.ToString()), AppealOutcomeOf(view));
        if (!_options.GroupCommit)
        {
            return UpsertAsync([row], cancellationToken);
        }

        return _queue.Writer.TryWrite(row)
            ? row.Done.Task.WaitAsync(cancellationToken)
            : Task.FromException(new InvalidOperationException("The case projection is stopped."));
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.Writers)).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None)));

    /// <summary>Stops taking writes and lets the writers finish what is queued.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<ProjectionRow>();
            Drain(reader, batch);
            if (batch.Count < _options.MaxBatch && _options.Linger > TimeSpan.Zero)
            {
                await Task.Delay(_options.Linger);
                Drain(reader, batch);
            }

            await FlushAsync(batch);
        }
    }

    private void Drain(ChannelReader<ProjectionRow> reader, List<ProjectionRow> batch)
    {
        while (batch.Count < _options.MaxBatch && reader.TryRead(out var row))
        {
            batch.Add(row);
        }
    }

    private async Task FlushAsync(List<ProjectionRow> batch)
    {
        try
        {
            // One row per case in a statement: the newest version answers for the older ones queued with it.
            await UpsertAsync(batch.GroupBy(row => row.CaseId).Select(rows => rows.MaxBy(row => row.Version)!).ToList());
            batch.ForEach(row => row.Done.TrySetResult());
        }
        catch (Exception failure) when (batch.Count > 1 && !StorageFaults.IsFault(failure))
        {
            LogBatchRefused(logger, batch.Count, StorageFaults.Describe(failure));
            foreach (var row in batch)
            {
                await FlushAsync([row]);
            }
        }
        catch (Exception failure)
        {
            batch.ForEach(row => row.Done.TrySetException(failure));
        }
    }

    private async Task UpsertAsync(List<ProjectionRow> rows, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Upsert);
        Add(command, rows.Select(r => r.CaseId), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.CenterNumber), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.CandidateKey), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.ProgramCode), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.State), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.Attempt), NpgsqlDbType.Integer);
        Add(command, rows.Select(r => r.Version), NpgsqlDbType.Integer);
        Add(command, rows.Select(r => r.Deadlines), NpgsqlDbType.Jsonb);
        Add(command, rows.Select(r => r.CertificateSerial), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.At), NpgsqlDbType.TimestampTz);
        Add(command, rows.Select(r => r.Channel), NpgsqlDbType.Text);
        Add(command, rows.Select(r => r.AppealOutcome), NpgsqlDbType.Text);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add<T>(NpgsqlCommand command, IEnumerable<T> values, NpgsqlDbType type) =>
        command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type });

    private static string Name(AppealOutcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Rows} case projection rows was refused ({Failure}); writing them one by one")]
    private static partial void LogBatchRefused(ILogger logger, int rows, string failure);
}
