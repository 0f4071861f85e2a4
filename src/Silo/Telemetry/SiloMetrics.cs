using System.Diagnostics.Metrics;
using Platform.Hosting.Telemetry;
using Platform.Silo.Sittings;

namespace Platform.Silo.Telemetry;

/// <summary>
/// Issue 17: the silo's part of the platform's meter: the sittings' event log (SPEC §5: every answer and detection is
/// durable before its receipt) as it batches its commits, and the NSK outbox's deliveries (P18.2) by outcome.
/// </summary>
public sealed class SiloMetrics
{
    private readonly Counter<long> _nskDeliveries;

    public SiloMetrics(IMeterFactory meters, SittingEventLog eventLog)
    {
        var meter = meters.Create(PlatformTelemetry.MeterName);
        meter.CreateObservableCounter("platform.event_log.records", () => eventLog.Statistics.Records, "{record}",
            "Sitting log records this silo wrote to PostgreSQL.");
        meter.CreateObservableCounter("platform.event_log.commits", () => eventLog.Statistics.Batches, "{commit}",
            "Commits (one COPY each) that wrote them: records per commit is how well the log batches under load.");
        meter.CreateObservableCounter("platform.event_log.fallbacks", () => eventLog.Statistics.Fallbacks, "{batch}",
            "Batches that failed and were written again one sitting at a time.");
        _nskDeliveries = meter.CreateCounter<long>("platform.nsk.deliveries", "{attempt}",
            "Attempts to deliver a result to the NSK platform (P18.2), by outcome: delivered or failed (kept and retried).");
    }

    public void NskDelivery(bool delivered) =>
        _nskDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", delivered ? "delivered" : "failed"));
}
