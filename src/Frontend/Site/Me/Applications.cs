using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Uploads;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;
using static Platform.Frontend.Site.SiteText;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The application form behind <c>/me/apply</c> (P4): the files posted without script stored as the upload API stores
/// them (<see cref="DocumentUploads"/>), the documents the program requires checked, then the same submission as
/// <c>POST /api/v1/cases</c> (<see cref="CaseApplication"/>); its refusals named at their fields in the page's language.
/// </summary>
public sealed class Applications(Offerings offerings, DocumentUploads uploads, CaseApplication application, PageAudit audit)
{
    public static bool Requires(ProgramSummary program, AttachmentKind kind) => kind switch
    {
        AttachmentKind.Education => program.EducationDocumentsRequired,
        AttachmentKind.WorkExperience => program.WorkExperienceDocumentsRequired,
        _ => false,
    };

    public async Task<ApplyOutcome> SubmitAsync(PlatformUser user, ApplyForm form, HttpContext context)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await offerings.FindAsync(form.Center, form.Program) is not (_, { } program))
        {
            errors[""] = Say("Apply.UnknownProgram");
            return new ApplyOutcome(null, errors, StatusCodes.Status400BadRequest);
        }

        await StorePostedFilesAsync(user, form, context, errors);
        foreach (var kind in ApplyForm.Kinds.Where(kind => Requires(program, kind) && form.StoredAs(kind) is null && !errors.ContainsKey(ApplyForm.Field(kind))))
        {
            errors[ApplyForm.Field(kind)] = Say("Apply.DocumentRequired");
        }

        var request = RequestOf(form, program);
        if (FieldChecks.Of(request).TryGetValue(nameof(ApplicationRequest.ExamLanguage), out var language))
        {
            errors[nameof(ApplyForm.ExamLanguage)] = language;
        }

        if (errors.Count > 0)
        {
            return new ApplyOutcome(null, errors, StatusCodes.Status400BadRequest);
        }

        var result = await application.SubmitAsync(user, form.CommandId, request, context);
        if (result.Result is Ok<CaseView> { Value: { } opened })
        {
            await audit.RecordAsync(context, "case.apply", opened.CaseId, ("attachments", request.Attachments?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return new ApplyOutcome(opened.CaseId, errors, StatusCodes.Status200OK);
        }

        var problem = (ProblemHttpResult)result.Result;
        errors[FieldOf(problem, request, form)] = problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "";
        return new ApplyOutcome(null, errors, problem.StatusCode);
    }

    /// <summary>The application as the API takes it: the documents in the form's order, titled by their kind.</summary>
    public static ApplicationRequest RequestOf(ApplyForm form, ProgramSummary program) => new(
        form.Center!, form.Program!, program.NrkLevel, form.PersonalDataConsent, form.ExamLanguage!,
        [.. ApplyForm.Kinds.Where(kind => form.StoredAs(kind) is not null).Select(kind => new AttachmentRequest(kind, Say("Apply.Kind." + kind), form.StoredAs(kind)))]);

    /// <summary>Without script the files come with the form: each is stored and recorded as the candidate's upload.</summary>
    private async Task StorePostedFilesAsync(PlatformUser user, ApplyForm form, HttpContext context, Dictionary<string, string> errors)
    {
        if (!context.Request.HasFormContentType)
        {
            return;
        }

        var files = (await context.Request.ReadFormAsync(context.RequestAborted)).Files;
        foreach (var kind in ApplyForm.Kinds)
        {
            if (files.GetFile(ApplyForm.Field(kind)) is not { Length: > 0 } file)
            {
                continue;
            }

            await using var content = file.OpenReadStream();
            var saved = await uploads.SaveAsync(UploadOwner.Candidate(user.CandidateKey!), content, file.ContentType, context);
            if (saved.Stored is { } stored)
            {
                form.Store(kind, stored.Id);
            }
            else
            {
                errors[ApplyForm.Field(kind)] = Say("Apply.Upload." + saved.Rejection);
            }
        }
    }

    /// <summary>The field a refusal belongs to: an attachment's (its index in the request), the consent's (P4), or the form's.</summary>
    private static string FieldOf(ProblemHttpResult problem, ApplicationRequest request, ApplyForm form)
    {
        if (problem.ProblemDetails.Extensions.TryGetValue("errors", out var value) && value is Dictionary<string, string[]> members)
        {
            foreach (var member in members.Keys)
            {
                if (member.StartsWith("attachments[", StringComparison.Ordinal)
                    && int.TryParse(member.AsSpan(12, member.IndexOf(']', StringComparison.Ordinal) - 12), out var index)
                    && index < (request.Attachments?.Count ?? 0))
                {
                    return ApplyForm.Field(request.Attachments![index].Kind!.Value);
                }
            }
        }

        return !form.PersonalDataConsent && problem.ProblemDetails.Extensions.TryGetValue("rule", out var rule) && rule as string == "P4"
            ? nameof(ApplyForm.PersonalDataConsent)
            : "";
    }
}
