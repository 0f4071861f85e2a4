using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Signing;

/// <summary>
/// <c>GET /center/{center}/signing/cases/{caseId}/documents/{documentId}.pdf?lang=kk|ru</c>: a document of a case of
/// the head's own center, as PDF, for the signing desk's preview and download (any other person or case: 404).
/// </summary>
public static class SigningDocuments
{
    public static string Address(string center, string caseId, Guid documentId, string language) =>
        $"/center/{Uri.EscapeDataString(center)}/signing/cases/{Uri.EscapeDataString(caseId)}/documents/{documentId:N}.pdf?lang={language}";

    public static IEndpointRouteBuilder MapSigningDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/center/{center}/signing/cases/{caseId}/documents/{documentId:guid}.pdf", GetAsync)
            .RequireAuthorization(Policies.HeadOfCenter).ExcludeFromDescription();
        app.MapGet("/center/{center}/signing/cases/{caseId}/violation-act.pdf", GetActAsync)
            .RequireAuthorization(Policies.HeadOfCenter).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(
        string center, string caseId, Guid documentId, string? lang, HttpContext context, IGrainFactory grains, DocumentRendering rendering)
    {
        var user = PlatformUser.From(context.User, context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlatformAuthOptions>>().Value);
        if (!SigningDeskReader.IsHeadOf(user, center) || !caseId.StartsWith("case-", StringComparison.Ordinal)
            || await grains.GetGrain<IApplicationGrain>(caseId).Get() is not { } view || view.CenterNumber != center
            || await grains.GetGrain<ICandidateGrain>(view.CandidateKey).GetDocument(documentId) is not { } document
            || document.Header.CaseReference != caseId)
        {
            return Results.NotFound();
        }

        return Pdf(document, caseId, lang, context, rendering);
    }

    /// <summary>The address of the draft of an online sitting's violation act waiting for the commission (P14).</summary>
    public static string ActAddress(string center, string caseId, string language) =>
        $"/center/{Uri.EscapeDataString(center)}/signing/cases/{Uri.EscapeDataString(caseId)}/violation-act.pdf?lang={language}";

    private static async Task<IResult> GetActAsync(
        string center, string caseId, string? lang, HttpContext context, Commission.ViolationActReader acts, DocumentRendering rendering)
    {
        var user = PlatformUser.From(context.User, context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlatformAuthOptions>>().Value);
        if (!SigningDeskReader.IsHeadOf(user, center) || await acts.PendingOfAsync(center, caseId) is not { } act)
        {
            return Results.NotFound();
        }

        // Not yet a document of the personal file: the draft is printed as the sitting holds it, unsigned.
        return Pdf(IssuedDocument.Create(Guid.Empty, caseId, center, act.Draft.ObservedAt, act.Draft), caseId, lang, context, rendering);
    }

    private static IResult Pdf(IssuedDocument document, string caseId, string? lang, HttpContext context, DocumentRendering rendering)
    {
        var language = lang == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;
        if (rendering.Render(document, language, context.RequestAborted) is not { } pdf)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        // Inline, so the desk's frame shows it; the download link names the file.
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{FileName(document.Header, caseId, language)}\"";
        return Results.Bytes(pdf, "application/pdf");
    }

    public static string FileName(DocumentHeader header, string caseId, DocumentLanguage language) =>
        $"{header.Kind}-{Commission.DeskAddresses.ShortCase(caseId)}-{language.ToString().ToLowerInvariant()}.pdf";
}
