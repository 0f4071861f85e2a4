using Platform.Domain.Deadlines;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// Reads a case for the review page: through <see cref="CaseGate.ReadAsync"/> (the caller may read it) and only when it
/// is a case of this center (another center's case is null, answered 404), with its person and program.
/// </summary>
public sealed class ReviewReader(CaseGate gate, IGrainFactory grains, InboxReader inbox)
{
    public async Task<ReviewFile?> ReadAsync(string center, string caseId, PlatformUser user)
    {
        if (await gate.ReadAsync(caseId, user) is not { } view || view.CenterNumber != center)
        {
            return null;
        }

        var identity = grains.GetGrain<ICandidateGrain>(view.CandidateKey).GetIdentity();
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(view.ProgramCode)).GetSummary();
        await Task.WhenAll(identity, program);
        var due = view.Deadlines.Where(d => d.Owner == DeadlineOwner.Center && d.MetAt is null
                && d.Status is DeadlineStatus.Open or DeadlineStatus.AtRisk or DeadlineStatus.Breached && d.Kind != DeadlineKind.AppealProtocolRetention)
            .MinBy(d => d.DueAt);
        var urgency = InboxReader.UrgencyOf(due?.DueAt, due?.AtRiskFrom, due is null ? null : StatusName(due.Status), inbox.Clock.GetUtcNow());
        return new ReviewFile(view, identity.Result, program.Result, due, urgency, Checklist(view, identity.Result, program.Result));
    }

    /// <summary>P4: App.1 with consent, the documents the program's standard requires, earlier recognition if any, the language (P9).</summary>
    private static List<ChecklistItem> Checklist(CaseView view, CandidateIdentity? identity, ProgramSummary? program)
    {
        bool Has(AttachmentKind kind) => view.Attachments?.Any(a => a.Kind == kind) == true;
        return
        [
            new("Center.Check.Identity", true, identity is not null),
            new("Center.Check.Consent", true, identity?.ConsentToProcessing == true),
            new("Center.Check.Education", program?.EducationDocumentsRequired == true, Has(AttachmentKind.Education)),
            new("Center.Check.WorkExperience", program?.WorkExperienceDocumentsRequired == true, Has(AttachmentKind.WorkExperience)),
            new("Center.Check.EarlierRecognition", false, Has(AttachmentKind.EarlierRecognition)),
            new("Center.Check.ExamLanguage", true, view.ExamLanguage is "kk" or "ru"),
        ];
    }

    private static string StatusName(DeadlineStatus status) => status switch
    {
        DeadlineStatus.AtRisk => "atRisk",
        DeadlineStatus.Breached => "breached",
        _ => "open",
    };
}
