using Microsoft.Extensions.Options;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Site.Signing;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Appeal;

/// <summary>
/// <c>GET /appeal/{commissionId}/cases/{caseId}/documents/{documentId}.pdf?lang=kk|ru</c>: the violation act (P14) or
/// the appeal protocol (P22) of the case an appeal commission reviews, for its members (anyone else: 404).
/// </summary>
public static class AppealDocuments
{
    public static IEndpointRouteBuilder MapAppealDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/appeal/{commissionId}/cases/{caseId}/documents/{documentId:guid}.pdf", GetAsync)
            .RequireAuthorization(Policies.AppealCommissionMember).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(
        string commissionId, string caseId, Guid documentId, string? lang, HttpContext context, IGrainFactory grains,
        AppealDeskReader reader, DocumentRendering rendering, IOptions<PlatformAuthOptions> claims)
    {
        if (await reader.CommissionAsync(PlatformUser.From(context.User, claims.Value), commissionId) is not { } commission
            || await reader.CaseAsync(commission, caseId) is not { } found
            || !(await reader.DocumentsAsync(found.View)).Any(d => d.DocumentId == documentId)
            || await grains.GetGrain<ICandidateGrain>(found.View.CandidateKey).GetDocument(documentId) is not { } document)
        {
            return Results.NotFound();
        }

        var language = lang == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;
        if (rendering.Render(document, language, context.RequestAborted) is not { } pdf)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        context.Response.Headers.ContentDisposition = $"inline; filename=\"{SigningDocuments.FileName(document.Header, caseId, language)}\"";
        return Results.Bytes(pdf, "application/pdf");
    }
}
