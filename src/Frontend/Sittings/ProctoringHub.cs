using Microsoft.AspNetCore.Authorization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Proctoring;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// <c>/hubs/proctoring</c>: the proctoring client's live stream of one sitting (P2.8, P12, P13). The connection is the
/// proctoring service's account (its JWT in <c>access_token</c>); <see cref="OpenStream"/> presents the sitting's
/// proctoring token, which is refused when malformed, forged, expired, replayed or for another sitting. Then
/// <see cref="Ingest"/> takes batches of events of that sitting only and answers the receipt once they are durable.
/// </summary>
[Authorize(Policy = Policies.ProctoringService)]
public sealed class ProctoringHub(ProctoringTokens tokens, SittingGate gate) : Hub
{
    public const string Path = "/hubs/proctoring";

    /// <summary>A stream's sustained rate: far above a heartbeat a second and the detections of a live analysis.</summary>
    public const int EventsPerSecond = 50;

    /// <summary>The most events one call may carry (and the burst a stream may send at once).</summary>
    public const int MaxBatch = 100;

    private const string GrantItem = "grant";
    private const string LimiterItem = "limiter";

    /// <summary>Opens the stream of a sitting with its proctoring token (once per token).</summary>
    [Authorize(Policy = Policies.ProctoringService)]
    public async Task<ProctoringStream> OpenStream(string sittingId, string token)
    {
        var check = await tokens.OpenStreamAsync(token, sittingId, Context.ConnectionAborted);
        if (!check.Accepted)
        {
            throw new HubException($"The proctoring token is refused: {check.Outcome}.");
        }

        Context.Items[GrantItem] = check.Grant;
        Context.Items[LimiterItem] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = MaxBatch,
            TokensPerPeriod = EventsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });
        return new ProctoringStream(sittingId, check.Grant!.ExpiresAt);
    }

    /// <summary>A batch of the stream's events; an event of another sitting refuses the whole batch.</summary>
    [Authorize(Policy = Policies.ProctoringService)]
    public async Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events)
    {
        if (!Context.Items.TryGetValue(GrantItem, out var item) || item is not ProctoringGrant grant)
        {
            throw new HubException("Open the stream of a sitting with its proctoring token first.");
        }

        // Issue 6: ingest is rate limited per stream, as the HTTP batch endpoint is per identity and sitting.
        using var lease = events.Count <= MaxBatch ? ((RateLimiter)Context.Items[LimiterItem]!).AttemptAcquire(events.Count) : null;
        if (lease is not { IsAcquired: true })
        {
            throw new HubException($"Too many events: at most {MaxBatch} a call and {EventsPerSecond} a second on a stream; retry in a second.");
        }

        if (events.Any(e => ProctoringTokens.CheckEvent(grant, e.SittingId) != ProctoringTokenOutcome.Accepted))
        {
            throw new HubException($"The proctoring token is refused: {ProctoringTokenOutcome.WrongSitting}.");
        }

        return await gate.Sitting(grant.SittingId).Ingest(events);
    }
}
