using System.Diagnostics.Metrics;
using Npgsql;
using NpgsqlTypes;
using Platform.Domain.Calendar;
using Platform.Frontend.Site.Operator;
using Platform.Hosting.Telemetry;

namespace Platform.Frontend.Telemetry;

/// <summary>
/// Issue 17: the platform's standing as gauges of its meter, read from PostgreSQL every
/// <see cref="MetricsSettings.SampleInterval"/> (never by scanning grains, SPEC §6), so a scrape costs no query and many
/// scrapes cost no more than one. These are the country's figures, the same in every frontend. A reading that fails
/// (PostgreSQL down) drops the gauges until the next one succeeds: a stale count would hide the outage.
/// </summary>
public sealed partial class PlatformStateSampler : BackgroundService
{
    private const string OpenSittings = "select count(*) from live_sittings where closed_at is null and exam_day = $1";

    private const string NskOutbox = """
        select count(*) filter (where last_error is null), count(*) filter (where last_error is not null),
               coalesce(extract(epoch from $1 - min(created_at)), 0)::float8
        from nsk_outbox where delivered_at is null
        """;

    private readonly NpgsqlDataSource _data;
    private readonly DeadlineReader _deadlines;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly ILogger<PlatformStateSampler> _logger;
    private volatile PlatformState? _last;

    public PlatformStateSampler(
        NpgsqlDataSource data, DeadlineReader deadlines, TimeProvider clock, IMeterFactory meters, IConfiguration configuration,
        ILogger<PlatformStateSampler> logger)
    {
        (_data, _deadlines, _clock, _logger) = (data, deadlines, clock, logger);
        _interval = MetricsSettings.SampleInterval(configuration);
        var meter = meters.Create(PlatformTelemetry.MeterName);
        meter.CreateObservableGauge("platform.sittings.open", () => Observe(state => state.OpenSittings), "{sitting}",
            "Sittings of today checked in and not yet closed (P8-P17), in the whole country.");
        meter.CreateObservableGauge("platform.deadlines.at_risk", () => Observe(state => state.DeadlinesAtRisk), "{obligation}",
            "Center obligations not met whose warning day has come (SPEC §2), in the whole country.");
        meter.CreateObservableGauge("platform.deadlines.breached", () => Observe(state => state.DeadlinesBreached), "{obligation}",
            "Center obligations not met whose due instant has passed (SPEC §2), in the whole country.");
        meter.CreateObservableGauge("platform.nsk.outbox.pending", ObserveOutbox, "{result}",
            "Results not yet delivered to the NSK platform (P18.2), by state: waiting (not tried or not failed) or failing.");
        meter.CreateObservableGauge("platform.nsk.outbox.oldest_age", () => ObserveSeconds(state => state.NskOldestSeconds), "s",
            "How long the oldest undelivered NSK result has waited (0 when none waits).");
    }

    /// <summary>The latest reading, or null before the first or after one that failed.</summary>
    public PlatformState? Last => _last;

    /// <summary>Reads the standing now (also what each tick does).</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        try
        {
            _last = await ReadAsync(cancellationToken);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            _last = null;
            LogSampleFailed(failure.GetType().Name, failure.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            do
            {
                await SampleAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<PlatformState> ReadAsync(CancellationToken cancellationToken)
    {
        var (atRisk, breached) = await _deadlines.TotalsAsync(cancellationToken);
        await using var batch = _data.CreateBatch();
        var today = KazakhstanTime.DateOf(_deadlines.Clock.GetUtcNow());
        batch.BatchCommands.Add(new NpgsqlBatchCommand(OpenSittings) { Parameters = { new() { Value = today, NpgsqlDbType = NpgsqlDbType.Date } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(NskOutbox) { Parameters = { new() { Value = _clock.GetUtcNow().ToUniversalTime() } } });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var open = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PlatformState(open, atRisk, breached, reader.GetInt64(0), reader.GetInt64(1), Math.Max(reader.GetDouble(2), 0));
    }

    private IEnumerable<Measurement<long>> Observe(Func<PlatformState, long> value) =>
        _last is { } state ? [new(value(state))] : [];

    private IEnumerable<Measurement<double>> ObserveSeconds(Func<PlatformState, double> value) =>
        _last is { } state ? [new(value(state))] : [];

    private IEnumerable<Measurement<long>> ObserveOutbox() => _last is { } state
        ?
        [
            new(state.NskPending, new KeyValuePair<string, object?>("state", "waiting")),
            new(state.NskFailing, new KeyValuePair<string, object?>("state", "failing")),
        ]
        : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform's gauges could not be read from PostgreSQL ({Fault}: {Detail}); they are left out until the next reading")]
    private partial void LogSampleFailed(string fault, string detail);
}
