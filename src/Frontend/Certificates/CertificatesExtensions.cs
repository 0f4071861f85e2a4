using Platform.Frontend.Certificates;

namespace Platform.Frontend;

/// <summary>
/// The frontend's certificate endpoints (issue 4: P18, P18.2, App.2), wired by one call in <see cref="FrontendExtensions"/>:
/// public verification and revocation, the published signing key, the operator's NSK backlog and, in Development only,
/// the NSK registry stand-in.
/// </summary>
public static class CertificatesExtensions
{
    public static WebApplication MapCertificateApi(this WebApplication app)
    {
        app.MapCertificateVerificationApi();
        app.MapSigningKeyApi(new PublishedSigningKey(app.Configuration, app.Environment));
        app.MapNskOutboxApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapNskStandInApi(new NskStandIn(TimeProvider.System));
        }

        return app;
    }
}
