using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Proctoring;
using Platform.Frontend.Telemetry;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// <c>/hubs/proctoring</c>: the proctoring service's live streams of sittings (P2.8, P12, P13). The connection is the
/// proctoring service's account (its JWT in <c>access_token</c>); <see cref="OpenStream"/> presents a sitting's
/// proctoring token, which is refused when malformed, forged, expired, replayed or for another sitting. A service
/// carries many sittings on one connection (up to <see cref="MaxStreamsPerConnection"/>), each opened with its own
/// token; <see cref="Ingest"/> takes a batch of one opened sitting's events and answers the receipt once they are
/// durable, <see cref="IngestStreams"/> the batches of several at once. Calls on one connection run side by side.
/// </summary>
[Authorize(Policy = Policies.ProctoringService)]
public sealed class ProctoringHub(
    ProctoringTokens tokens, SittingGate gate, ProctoringStreamLimiter limiter, FrontendMetrics metrics, LiveRenewal renewal, Faults.OutageWindows outages) : Hub
{
    public const string Path = "/hubs/proctoring";

    /// <summary>A stream's sustained rate: far above a heartbeat a second and the detections of a live analysis.</summary>
    public const int EventsPerSecond = 50;

    /// <summary>The most events one call may carry (and the burst a stream may send at once).</summary>
    public const int MaxBatch = 100;

    /// <summary>The most sittings one connection of the proctoring service may carry.</summary>
    public const int MaxStreamsPerConnection = 1000;

    /// <summary>The most sittings' batches one <see cref="IngestStreams"/> call may carry.</summary>
    public const int MaxBatchesPerCall = 200;

    /// <summary>
    /// The largest message of this hub (SignalR's default is 32 KB): a full call of <see cref="MaxBatchesPerCall"/>
    /// batches of a heartbeat and a detection each, with room to spare; the other hubs keep the default.
    /// </summary>
    public const long MaxMessageBytes = 256 * 1024;

    /// <summary>Batches of one connection handled at once (SignalR's default is one at a time per connection).</summary>
    public const int ParallelBatchesPerConnection = 64;

    private const string StreamsItem = "streams";

    /// <summary>Opens the stream of a sitting on this connection with its proctoring token (once per token).</summary>
    [Authorize(Policy = Policies.ProctoringService)]
    public async Task<ProctoringStream> OpenStream(string sittingId, string token)
    {
        var streams = Streams();
        if (streams.Count >= MaxStreamsPerConnection && !streams.ContainsKey(sittingId))
        {
            throw new HubException($"A connection carries at most {MaxStreamsPerConnection} sittings; open another connection.");
        }

        var check = await tokens.OpenStreamAsync(token, sittingId, Context.ConnectionAborted);
        if (!check.Accepted)
        {
            throw new HubException($"The proctoring token is refused: {check.Outcome}.");
        }

        streams[sittingId] = check.Grant!;
        return new ProctoringStream(sittingId, check.Grant!.ExpiresAt);
    }

    /// <summary>A batch of one opened sitting's events; an event of another sitting refuses the whole batch.</summary>
    [Authorize(Policy = Policies.ProctoringService)]
    public Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events) => IngestAsync(Streams(), events);

    /// <summary>
    /// The batches of several opened sittings in one call, as a service carrying many streams sends what its streams
    /// gathered meanwhile: each batch is one sitting's, handled as <see cref="Ingest"/> would, all at once; each gets its
    /// own receipt or refusal, in order (a fault: <see cref="Faults.HubFaultFilter.Message"/>, send it again). At most <see cref="MaxBatchesPerCall"/> batches a call.
    /// </summary>
    [Authorize(Policy = Policies.ProctoringService)]
    public async Task<IReadOnlyList<StreamReceipt>> IngestStreams(IReadOnlyList<IReadOnlyList<ProctoringEvent>> batches)
    {
        if (batches.Count > MaxBatchesPerCall)
        {
            throw new HubException($"Too many batches: at most {MaxBatchesPerCall} a call.");
        }

        var streams = Streams();
        return await Task.WhenAll(batches.Select(async events =>
        {
            var sittingId = events.Count > 0 ? events[0].SittingId : "";
            try
            {
                return new StreamReceipt(sittingId, await IngestAsync(streams, events), null);
            }
            catch (HubException refused)
            {
                return new StreamReceipt(sittingId, null, refused.Message);
            }
            catch (Exception fault) when (Faults.PlatformFaults.IsFault(fault))
            {
                // Issue 17: one sitting's silo gone or its storage down refuses that batch (send it again), not the
                // call: the other streams' batches are answered as usual. The sitting may have moved (a silo lost, not
                // PostgreSQL down): renew at once.
                if (Faults.PlatformFaults.MayHaveMovedAGrain(fault))
                {
                    renewal.FaultMet();
                }

                return new StreamReceipt(sittingId, null, Faults.HubFaultFilter.Message);
            }
        }));
    }

    private async Task<IngestReceipt> IngestAsync(ConcurrentDictionary<string, ProctoringGrant> streams, IReadOnlyList<ProctoringEvent> events)
    {
        if (streams.IsEmpty)
        {
            throw new HubException("Open the stream of a sitting with its proctoring token first.");
        }

        if (events.Count == 0 || !streams.TryGetValue(events[0].SittingId, out var grant)
            || events.Any(e => ProctoringTokens.CheckEvent(grant, e.SittingId) != ProctoringTokenOutcome.Accepted))
        {
            throw new HubException($"The proctoring token is refused: {ProctoringTokenOutcome.WrongSitting}.");
        }

        // Issue 6: ingest is rate limited per sitting's stream, as the HTTP batch endpoint is per identity and sitting.
        using var lease = events.Count <= MaxBatch ? limiter.Acquire(grant.SittingId, events.Count) : null;
        if (lease is not { IsAcquired: true })
        {
            throw new HubException($"Too many events: at most {MaxBatch} a call and {EventsPerSecond} a second on a stream; retry in a second.");
        }

        // Issue 17: the stream's sitting keeps its outage window like the candidate's calls (Faults.OutageWindows).
        var sitting = gate.Sitting(grant.SittingId);
        var arrived = outages.Clock.GetUtcNow();
        try
        {
            await outages.CreditAsync(grant.SittingId);
            return await metrics.EventsAsync(() => sitting.Ingest(events));
        }
        catch (Exception fault) when (Faults.PlatformFaults.IsFault(fault))
        {
            outages.Refused(grant.SittingId, arrived);
            throw;
        }
    }

    /// <summary>Each connection starts with no stream; its batches may run side by side, so its streams are a concurrent map.</summary>
    public override Task OnConnectedAsync()
    {
        Context.Items[StreamsItem] = new ConcurrentDictionary<string, ProctoringGrant>(StringComparer.Ordinal);
        return base.OnConnectedAsync();
    }

    private ConcurrentDictionary<string, ProctoringGrant> Streams() => (ConcurrentDictionary<string, ProctoringGrant>)Context.Items[StreamsItem]!;
}
