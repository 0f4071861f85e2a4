using Platform.Domain.Calendar;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Programs;
using Platform.Hosting;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// Reads a case for its own candidate only: through <see cref="CaseGate"/> as the API does, then narrowed to the
/// candidate's own case, so that staff signed in as a candidate too, or another candidate, see nothing (404).
/// </summary>
public sealed class CaseFileReader(CaseGate gate, IGrainFactory grains, IServiceProvider services)
{
    /// <summary>The procedure's clock when one is registered under <see cref="PlatformClock.Key"/>, the system's otherwise.</summary>
    private TimeProvider Clock => services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System;

    /// <summary>The case and its documents; null when there is no such case or it is not the user's own.</summary>
    public async Task<CaseFile?> ReadAsync(string caseId, PlatformUser user)
    {
        if (user.CandidateKey is not { } key || await gate.ReadAsync(caseId, user) is not { } view || view.CandidateKey != key)
        {
            return null;
        }

        var candidate = grains.GetGrain<ICandidateGrain>(key);
        var documents = (await candidate.GetPersonalFile()).Where(header => header.CaseReference == caseId).ToList();
        Certificate? certificate = null;
        if (view.CertificateSerial is not null && documents.LastOrDefault(h => h.Kind == DocumentKind.Certificate) is { } issued)
        {
            certificate = (await candidate.GetDocument(issued.DocumentId))?.Content as Certificate;
        }

        var center = grains.GetGrain<ICenterGrain>(CenterKeys.For(view.CenterNumber)).GetProfile();
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(view.ProgramCode)).GetSummary();
        return new CaseFile(view, documents, certificate, KazakhstanTime.DateOf(Clock.GetUtcNow()), await center, await program);
    }

    /// <summary>The address of a document's PDF in a language (the personal file's endpoint: it opens with the site's cookie).</summary>
    public static string PdfAddress(Guid documentId, string language) =>
        $"/api/v1/candidates/me/documents/{documentId}.pdf?lang={language}";
}
