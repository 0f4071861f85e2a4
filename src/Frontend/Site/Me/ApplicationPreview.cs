using Microsoft.AspNetCore.Antiforgery;
using Platform.Frontend.Cases;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Domain.Calendar;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// App.1 before submitting: the application rendered from the form as posted (center, program, the documents
/// uploaded or chosen) and the candidate's registered identity, as the case will file it — nothing is stored. The
/// form's antiforgery token is checked: another site cannot make a browser render it.
/// </summary>
public static class ApplicationPreview
{
    public static IEndpointRouteBuilder MapApplicationPreview(this IEndpointRouteBuilder app)
    {
        app.MapPost(SiteAddresses.Apply + "/preview", RenderAsync).RequireAuthorization(Policies.Candidate)
            .NotAudited("a preview of the application changes nothing").DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RenderAsync(
        string? lang, HttpContext context, IAntiforgery antiforgery, PlatformUser user, IGrainFactory grains, Offerings offerings,
        DocumentRendering rendering, TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var posted = new ApplyForm
        {
            Center = form["Form.Center"], Program = form["Form.Program"], ExamLanguage = form["Form.ExamLanguage"],
            PersonalDataConsent = form["Form.PersonalDataConsent"] == "true",
        };
        foreach (var kind in ApplyForm.Kinds)
        {
            var chosen = form.Files.GetFile(ApplyForm.Field(kind)) is { Length: > 0 } || form[$"Form.{kind}StoredAs"].ToString().Length > 0;
            posted.Store(kind, chosen ? "listed" : null);
        }

        if (user.CandidateKey is not { } key || await grains.GetGrain<ICandidateGrain>(key).GetIdentity() is not { } identity
            || await offerings.FindAsync(posted.Center, posted.Program) is not ({ } center, { } program))
        {
            return Results.NotFound();
        }

        var language = lang == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;
        var request = Applications.RequestOf(posted, program);
        var content = new ApplicationForm(
            new BilingualText(center.Profile.NameKk, center.Profile.NameRu), identity.Name, identity.MaskedIin, identity.BirthDate,
            identity.Contacts.HomeAddress, identity.Contacts.Email, identity.Contacts.MobilePhone, identity.Contacts.WorkPhone,
            new BilingualText(program.ProfessionKk, program.ProfessionRu), program.NrkLevel, null, null, null,
            [.. (request.Attachments ?? []).Select(a => a.Title)], identity.ConsentToProcessing, identity.ConsentToNskPlacement,
            KazakhstanTime.DateOf(clock.GetUtcNow()), SignatureMethod.Electronic);
        var document = IssuedDocument.Create(Guid.Empty, SiteText.Say("Apply.PreviewReference"), center.Profile.Number, clock.GetUtcNow(), content);
        return rendering.Render(document, language, context.RequestAborted) is { } pdf
            ? Results.File(pdf, "application/pdf", $"app1-preview-{lang ?? "ru"}.pdf")
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
