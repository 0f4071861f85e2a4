using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Documents.Signing;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Certificates;

/// <summary>
/// The public key that checks a certificate's QR signature offline (App.2; issue 4), at a well-known address, anonymous:
/// JWK (RFC 7517, ES256, <c>kid</c> = RFC 7638 thumbprint) and PEM.
/// </summary>
public static class SigningKeyApi
{
    public const string Path = "/.well-known/certificate-signing-key";

    public static IEndpointRouteBuilder MapSigningKeyApi(this IEndpointRouteBuilder app, PublishedSigningKey key)
    {
        var api = app.MapGroup("").WithTags("Certificates").AllowAnonymous();
        api.MapGet(Path, (HttpContext context) => Publish(key, context, published => TypedResults.Text(published.Jwk, "application/jwk+json")))
            .WithSummary("The certificate signing key as a JWK (EC P-256, ES256).");
        api.MapGet(Path + ".pem", (HttpContext context) => Publish(key, context, published => TypedResults.Text(published.Pem, "application/x-pem-file")))
            .WithSummary("The certificate signing key as PEM (SubjectPublicKeyInfo).");
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Publish(
        PublishedSigningKey key, HttpContext context, Func<CertificatePublicKey, ContentHttpResult> format)
    {
        if (key.Get() is not { } published)
        {
            return Problem.Create(context, StatusCodes.Status503ServiceUnavailable, CertificateMessages.KeyNotPublished, CertificateMessages.KeyNotPublishedDetail);
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        return format(published);
    }
}
