using Platform.Frontend.Certificates;
using Platform.Frontend.Site.Verify;

namespace Platform.Frontend;

/// <summary>
/// The frontend's certificate endpoints (issue 4: P18, P18.2, App.2), wired by one call in <see cref="FrontendExtensions"/>:
/// public verification and revocation, the published signing key (and the verification page's check with it), the operator's NSK backlog and, in Development only,
/// the NSK registry stand-in.
/// </summary>
public static class CertificatesExtensions
{
    /// <summary>The published signing key and the verification page's lookup.</summary>
    public static WebApplicationBuilder AddCertificateServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublishedSigningKey>();
        builder.Services.AddSingleton<CertificateLookup>();
        return builder;
    }

    public static WebApplication MapCertificateApi(this WebApplication app)
    {
        app.MapCertificateVerificationApi();
        app.MapSigningKeyApi(app.Services.GetRequiredService<PublishedSigningKey>());
        app.MapNskOutboxApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapNskStandInApi(new NskStandIn(TimeProvider.System));
        }

        return app;
    }
}
