using Microsoft.AspNetCore.Authorization;
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

    private const string GrantItem = "grant";

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

        if (events.Any(e => ProctoringTokens.CheckEvent(grant, e.SittingId) != ProctoringTokenOutcome.Accepted))
        {
            throw new HubException($"The proctoring token is refused: {ProctoringTokenOutcome.WrongSitting}.");
        }

        return await gate.Sitting(grant.SittingId).Ingest(events);
    }
}
