using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Frontend.Security.Secrets;

namespace Platform.Frontend.Security.Proctoring;

/// <summary>
/// Proctoring tokens (issue 6; SPEC §5: one stream per sitting): one per sitting, valid for a few minutes to open
/// the stream, signed with HMAC-SHA256 (<c>Platform:Secrets:ProctoringTokenKey</c>), naming the sitting and the
/// candidate key, with a unique id. Opening a stream refuses a malformed, forged, expired or replayed token and a
/// token for another sitting; on the open stream, an event for another sitting is refused.
/// Format: <c>pt1.&lt;base64url(claims JSON)&gt;.&lt;base64url(HMAC of the first two parts)&gt;</c>.
/// </summary>
public sealed class ProctoringTokens(PlatformSecrets secrets, IProctoringTokenLedger ledger, TimeProvider time, IOptions<ProctoringTokenOptions> options)
{
    private const string Version = "pt1";

    public ProctoringToken Issue(string sittingId, string candidateKey)
    {
        var expires = time.GetUtcNow() + options.Value.TokenLifetime;
        var claims = new Claims(Guid.NewGuid(), sittingId, candidateKey, expires.ToUnixTimeMilliseconds());
        var body = $"{Version}.{Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return new ProctoringToken($"{body}.{Base64Url.Encode(Sign(body))}", claims.Jti, sittingId, DateTimeOffset.FromUnixTimeMilliseconds(claims.Exp));
    }

    /// <summary>Checks shape, signature and expiry; does not use the token up.</summary>
    public ProctoringTokenCheck Verify(string? token)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 3 || parts[0] != Version || !Base64Url.TryDecode(parts[2], out var signature))
        {
            return new(ProctoringTokenOutcome.Malformed);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign($"{parts[0]}.{parts[1]}")))
        {
            return new(ProctoringTokenOutcome.Forged);
        }

        if (!Base64Url.TryDecode(parts[1], out var json) || JsonSerializer.Deserialize<Claims>(json) is not { } claims)
        {
            return new(ProctoringTokenOutcome.Malformed);
        }

        var grant = new ProctoringGrant(claims.Jti, claims.Sit, claims.Cand, DateTimeOffset.FromUnixTimeMilliseconds(claims.Exp));
        return time.GetUtcNow() >= grant.ExpiresAt
            ? new(ProctoringTokenOutcome.Expired, grant)
            : new(ProctoringTokenOutcome.Accepted, grant);
    }

    /// <summary>Opens the stream of <paramref name="sittingId"/>: the token must be valid, for this sitting, and unused; it is used up.</summary>
    public async Task<ProctoringTokenCheck> OpenStreamAsync(string? token, string sittingId, CancellationToken cancellationToken = default)
    {
        var check = Verify(token);
        if (!check.Accepted)
        {
            return check;
        }

        if (check.Grant!.SittingId != sittingId)
        {
            return check with { Outcome = ProctoringTokenOutcome.WrongSitting };
        }

        return await ledger.TryUseAsync(check.Grant, time.GetUtcNow(), cancellationToken)
            ? check
            : check with { Outcome = ProctoringTokenOutcome.Replayed };
    }

    /// <summary>An event on an open stream is accepted only for the stream's own sitting.</summary>
    public static ProctoringTokenOutcome CheckEvent(ProctoringGrant stream, string eventSittingId) =>
        string.Equals(stream.SittingId, eventSittingId, StringComparison.Ordinal) ? ProctoringTokenOutcome.Accepted : ProctoringTokenOutcome.WrongSitting;

    private byte[] Sign(string body) => HMACSHA256.HashData(secrets.ProctoringTokenKey, Encoding.ASCII.GetBytes(body));

    private sealed record Claims(Guid Jti, string Sit, string Cand, long Exp);
}
