using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Certificates;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Grains.Certificates;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Certificates;

/// <summary>
/// Recognition documents in public (issue 4, P18, App.2): verification by serial number for anyone, and revocation by
/// the head of the issuing center or an administrator.
/// </summary>
public static class CertificateApi
{
    public static IEndpointRouteBuilder MapCertificateVerificationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/certificates").WithTags("Certificates");
        api.MapGet("/{serial}", Verify).AllowAnonymous()
            .WithSummary("Public verification (App.2): name as printed, profession, NRK level, center, dates and status (valid, expired, revoked).");
        api.MapPost("/{serial}/revocation", (string serial, RevocationRequest request, PlatformUser user, CenterAccess access, IClusterClient cluster, HttpContext context) =>
                CertificateRevoker.RevokeAsync(serial, request, user, access.Check(user, CertificateRevoker.CenterOf(serial), AccessIntent.Change), Roles.HeadOfCenter, cluster, context))
            .RequireAuthorization(Policies.HeadOfCenter).Audited("certificate.revoke")
            .WithSummary("The head of the issuing center revokes one of its certificates, stating the reason.");
        app.MapPost("/api/v1/admin/certificates/{serial}/revocation", (string serial, RevocationRequest request, PlatformUser user, IClusterClient cluster, HttpContext context) =>
                CertificateRevoker.RevokeAsync(serial, request, user, AccessDecision.Allowed, Roles.Administrator, cluster, context))
            .WithTags("Administration").RequireAuthorization(Policies.Administrator).Audited("certificate.revoke")
            .WithSummary("An administrator revokes any certificate, stating the reason.");
        return app;
    }

    private static async Task<Results<Ok<CertificateVerification>, ProblemHttpResult>> Verify(string serial, IClusterClient cluster, HttpContext context)
    {
        if (!SerialNumber.TryParse(serial, out var parsed, out var error))
        {
            return Problem.BadRequest(context, CertificateMessages.MalformedSerial, CertificateMessages.MalformedSerialDetail(error));
        }

        var view = await cluster.GetGrain<ICertificateGrain>(CertificateKeys.For(parsed.Format())).Get();
        return view is null ? Unknown(context, parsed) : TypedResults.Ok(CertificateVerification.From(view));
    }

    internal static ProblemHttpResult Unknown(HttpContext context, SerialNumber serial) =>
        Problem.NotFound(context, CertificateMessages.UnknownCertificate, CertificateMessages.UnknownCertificateDetail(serial.Format()));
}
