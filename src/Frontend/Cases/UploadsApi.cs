using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Uploads;

namespace Platform.Frontend.Cases;

/// <summary>
/// P4, P7: the copies a candidate attaches (education, work record, sick-leave sheet), or that staff scan from paper.
/// The body is the file itself (PDF, JPEG or PNG, recognized by its first bytes, at most <c>Platform:Uploads:MaxBytes</c>);
/// it is stored outside the web root under a generated name, which the application then lists as <c>storedAs</c>.
/// Issue 11: the upload is recorded as its uploader's (the candidate, or the center for staff) and only they may attach
/// it (<see cref="AttachmentGate"/>); it is served only through the one case it is attached to.
/// </summary>
public static class UploadsApi
{
    private const long RequestLimit = 11 * 1024 * 1024;

    public static IEndpointRouteBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/candidates/me/uploads", (PlatformUser user, HttpRequest request, DocumentUploads uploads, HttpContext context) =>
                SaveAsync(UploadOwner.Candidate(user.CandidateKey ?? ""), request, uploads, context))
            .RequireAuthorization(Policies.Candidate).WithMetadata(new RequestSizeLimitAttribute(RequestLimit))
            .Audited("upload.candidate").WithTags("Candidate").WithSummary("Uploads a document copy (PDF, JPEG, PNG) to attach to an application.");
        app.MapPost("/api/v1/centers/{center}/uploads", async (string center, PlatformUser user, CenterAccess access, HttpRequest request, DocumentUploads uploads, HttpContext context) =>
                access.Check(user, center, AccessIntent.Change) is var decision and not AccessDecision.Allowed
                    ? AccessProblems.For(context, decision)
                    : await SaveAsync(UploadOwner.Center(center), request, uploads, context))
            .RequireAuthorization(Policies.CenterStaff).WithMetadata(new RequestSizeLimitAttribute(RequestLimit))
            .Audited("upload.center").WithTags("Center").WithSummary("Uploads a scanned copy of a paper document.");
        app.MapGet("/api/v1/cases/{caseId}/attachments/{storedAs}", ReadAsync).RequireAuthorization(Policies.SignedIn).WithTags("Cases")
            .WithSummary("An attached document of a case, for whoever may read the case; ?preview=inline shows a PDF in a page of the site.");
        return app;
    }

    private static async Task<Results<Created<StoredUpload>, ProblemHttpResult>> SaveAsync(
        UploadOwner owner, HttpRequest request, DocumentUploads uploads, HttpContext context)
    {
        var result = await uploads.SaveAsync(owner, request.Body, request.ContentType?.Split(';')[0].Trim(), context);
        return result.Stored is { } stored
            ? TypedResults.Created($"/api/v1/uploads/{stored.Id}", stored)
            : Problem.Create(context, result.Rejection == UploadRejection.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                CaseMessages.UploadRefused, CaseMessages.UploadRefusedDetail(result.Rejection));
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> ReadAsync(
        string caseId, string storedAs, string? preview, PlatformUser user, CaseGate gate, UploadStore store, UploadLedger ledger, HttpContext context)
    {
        // The name must be one the platform issues, the case must list it, and the ledger must agree: the upload is its
        // candidate's or its center's, and attached to this case (not yet recorded as attached only after a failed call).
        var view = UploadNames.IsWellFormed(storedAs) ? await gate.ReadAsync(caseId, user) : null;
        var attachment = view?.Attachments?.FirstOrDefault(a => a.StoredAs == storedAs);
        var record = attachment is null ? null : (await ledger.FindAsync([storedAs], context.RequestAborted)).GetValueOrDefault(storedAs);
        if (view is null || record is null || !record.Owner.Owns(view.CandidateKey, view.CenterNumber) || record.CaseId is { } other && other != caseId
            || store.Find(storedAs) is not { } file)
        {
            return AccessProblems.For(context, AccessDecision.Hidden);
        }

        // Served as a download of its checked type only: no sniffing, and a sandbox should a browser render it anyway.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var type = UploadKind.All.FirstOrDefault(k => file.Extension == k.Extension)?.ContentType ?? "application/octet-stream";
        if (preview == "inline" && type == "application/pdf")
        {
            // The registrar's review shows a PDF inside its own page (P5): inline, framed by this site only, and still no
            // script or content of its own; a sandbox would keep the browser's PDF viewer out.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'self'";
            context.Response.Headers.ContentDisposition = $"inline; filename=\"{file.Name}\"";
            return TypedResults.PhysicalFile(file.FullName, type);
        }

        context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return TypedResults.PhysicalFile(file.FullName, type, file.Name);
    }
}
