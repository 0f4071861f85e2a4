using System.Diagnostics;
using System.Diagnostics.Metrics;
using Platform.Grains.Sittings;
using Platform.Hosting.Telemetry;

namespace Platform.Frontend.Telemetry;

/// <summary>
/// Issue 17: the frontend's part of the platform's meter: what candidates and the proctoring service were told is saved
/// (SPEC §5: answers and events acknowledged only after the durable write), and how long they waited for it, from the
/// frontend receiving the call to its answer (the grain's durable write included).
/// </summary>
public sealed class FrontendMetrics
{
    /// <summary>Seconds: from a few milliseconds (a quiet cluster) to the client's own timeout (30 s).</summary>
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> _answers;
    private readonly Counter<long> _events;
    private readonly Histogram<double> _acknowledgement;

    public FrontendMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(PlatformTelemetry.MeterName);
        _answers = meter.CreateCounter<long>("platform.answers", "{answer}",
            "Answers of candidates answered by the sittings (P9), by outcome: saved (durable), unchanged (an older or repeated sequence), refused.");
        _events = meter.CreateCounter<long>("platform.proctoring.events", "{event}",
            "Proctoring events answered by the sittings (P12, P13), by outcome: logged (a durable detection), telemetry, duplicate, rejected.");
        _acknowledgement = meter.CreateHistogram("platform.acknowledgement.duration", "s",
            "From the frontend receiving an answer or a proctoring batch to its receipt (the durable write included), by kind and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    /// <summary>Saves an answer through <paramref name="save"/>, counting its outcome and timing its receipt.</summary>
    public async Task<AnswerReceipt> AnswerAsync(Func<Task<AnswerReceipt>> save)
    {
        var receipt = await TimedAsync("answer", save);
        _answers.Add(1, new KeyValuePair<string, object?>("outcome", receipt.Refusal is not null ? "refused" : receipt.Saved ? "saved" : "unchanged"));
        return receipt;
    }

    /// <summary>Ingests a batch through <paramref name="ingest"/>, counting its events by outcome and timing its receipt.</summary>
    public async Task<IngestReceipt> EventsAsync(Func<Task<IngestReceipt>> ingest)
    {
        var receipt = await TimedAsync("proctoring", ingest);
        Count("logged", receipt.Logged);
        Count("telemetry", receipt.Telemetry);
        Count("duplicate", receipt.Duplicates);
        Count("rejected", receipt.Rejected);
        return receipt;
    }

    private void Count(string outcome, int events)
    {
        if (events > 0)
        {
            _events.Add(events, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    private async Task<T> TimedAsync<T>(string kind, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await call();
            outcome = "acknowledged";
            return result;
        }
        finally
        {
            _acknowledgement.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
