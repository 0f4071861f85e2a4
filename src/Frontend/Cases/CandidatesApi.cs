using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Identity;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>The candidate's own account: identity (App.1), cases and personal file (SPEC §4), documents as PDF.</summary>
public static class CandidatesApi
{
    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/candidates/me").WithTags("Candidate").RequireAuthorization(Policies.Candidate);
        me.MapPut("", Register).Audited("candidate.register")
            .WithSummary("Registers or updates the signed-in candidate's identity and contacts (App.1).");
        me.MapGet("", GetProfile).WithSummary("The signed-in candidate's identity, the IIN masked.");
        me.MapGet("/documents", GetPersonalFile).WithSummary("The index of the personal file (SPEC §4).");
        me.MapGet("/documents/{documentId:guid}.pdf", GetDocumentPdf)
            .WithSummary("A document of the personal file as PDF, in Kazakh (lang=kk) or Russian (lang=ru).");
        return app;
    }

    private static async Task<Results<Ok<CandidateProfile>, ProblemHttpResult>> Register(
        CandidateRegistration registration, PlatformUser user, CandidateRegistrar registrar, HttpContext context)
    {
        var own = await registrar.RegisterOwnAsync(user.CandidateKey, registration);
        if (own.InvalidIin is not IinError.None and var error)
        {
            return Problem.BadRequest(context, CaseMessages.InvalidIin, CaseMessages.InvalidIinDetail(error.ToString()));
        }

        if (own.Profile is not { } profile)
        {
            return Problem.Create(context, StatusCodes.Status403Forbidden, CaseMessages.NotYourIin, CaseMessages.NotYourIinDetail);
        }

        context.NoteAudit(profile.CandidateKey, ("identity", CandidateRegistrar.AuditOutcome(own.Change)));
        return TypedResults.Ok(profile);
    }

    private static async Task<Results<Ok<CandidateProfile>, NotFound>> GetProfile(PlatformUser user, IGrainFactory grains) =>
        user.CandidateKey is { } key && await grains.GetGrain<ICandidateGrain>(key).GetIdentity() is { } identity
            ? TypedResults.Ok(CandidateProfile.From(key, identity))
            : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<DocumentHeader>>> GetPersonalFile(PlatformUser user, IGrainFactory grains) =>
        TypedResults.Ok(user.CandidateKey is { } key ? await grains.GetGrain<ICandidateGrain>(key).GetPersonalFile() : []);

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> GetDocumentPdf(
        Guid documentId, string? lang, PlatformUser user, IGrainFactory grains, DocumentRendering rendering, HttpContext context)
    {
        if (user.CandidateKey is not { } key || await grains.GetGrain<ICandidateGrain>(key).GetDocument(documentId) is not { } document)
        {
            return TypedResults.NotFound();
        }

        var language = (lang ?? Problem.Language(context)) == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;
        if (rendering.Render(document, language, context.RequestAborted) is not { } pdf)
        {
            return Problem.Create(context, StatusCodes.Status503ServiceUnavailable, CaseMessages.RenderingTooLong, CaseMessages.RenderingTooLongDetail);
        }

        return TypedResults.File(pdf, "application/pdf", $"{document.Header.Kind}-{document.Header.DocumentId:N}-{language.ToString().ToLowerInvariant()}.pdf");
    }
}
