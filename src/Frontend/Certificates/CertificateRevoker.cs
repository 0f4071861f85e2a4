using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Certificates;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Certificates;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Certificates;

/// <summary>
/// A revocation with its checks, for the HTTP API (<see cref="CertificateApi"/>) and the head's signing desk alike: the
/// serial well formed, a reason given and not too long, the caller's access to the issuing center (another center's
/// certificate is answered as unknown), the certificate known; then the certificate grain revokes it.
/// </summary>
public static class CertificateRevoker
{
    public static async Task<Results<Ok<CertificateVerification>, ProblemHttpResult>> RevokeAsync(
        string serial, RevocationRequest request, PlatformUser user, AccessDecision access, string role, IClusterClient cluster, HttpContext context)
    {
        if (!SerialNumber.TryParse(serial, out var parsed, out var error))
        {
            return Problem.BadRequest(context, CertificateMessages.MalformedSerial, CertificateMessages.MalformedSerialDetail(error));
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > CertificateRevocation.MaxReasonLength)
        {
            return Problem.BadRequest(context, CertificateMessages.InvalidRevocation, CertificateMessages.InvalidRevocationDetail(CertificateRevocation.MaxReasonLength));
        }

        if (access != AccessDecision.Allowed)
        {
            // Another center's certificate: answered as if it did not exist (issue 6).
            return AccessProblems.For(context, access);
        }

        var grain = cluster.GetGrain<ICertificateGrain>(CertificateKeys.For(parsed.Format()));
        if (await grain.Get() is null)
        {
            return CertificateApi.Unknown(context, parsed);
        }

        var revoked = await grain.Revoke(request.Reason, new Actor(user.Subject, role, user.Center));
        return TypedResults.Ok(CertificateVerification.From(revoked!));
    }

    /// <summary>Level 5 of a serial names the issuing center; a malformed serial names none (and is refused before it matters).</summary>
    public static string CenterOf(string serial) => SerialNumber.TryParse(serial, out var parsed, out _) ? parsed.CenterNumber : "";
}
