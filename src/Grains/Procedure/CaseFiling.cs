using Platform.Domain.Programs;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Commissions;
using Platform.Grains.Documents;
using Platform.Grains.Programs;

namespace Platform.Grains.Procedure;

/// <summary>
/// The documents a case produces (SPEC §4): written into the case's state together with the step that produced
/// them, then filed in the candidate's personal file. A crash in between files them on the next activation; filing
/// twice is harmless (the document id is the command's).
/// </summary>
internal sealed class CaseFiling(IGrainFactory grains)
{
    /// <summary>The center, the candidate and the program as the documents print them; null when one is not registered.</summary>
    public Task<CaseContext?> LoadContextAsync(CaseState @case) => LoadContextAsync(@case.CenterNumber, @case.CandidateKey, @case.ProgramCode);

    /// <summary>The same for an application not yet in the state, so nothing is written before it is known to be registered.</summary>
    public async Task<CaseContext?> LoadContextAsync(string centerNumber, string candidateKey, string programCode)
    {
        var center = grains.GetGrain<ICenterGrain>(CenterKeys.For(centerNumber)).GetProfile();
        var candidate = grains.GetGrain<ICandidateGrain>(candidateKey).GetIdentity();
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(programCode)).GetJson();
        await Task.WhenAll(center, candidate, program);
        return center.Result is { } c && candidate.Result is { } k && program.Result is { } p
            ? new CaseContext(c, k, QualificationProgram.Parse(p))
            : null;
    }

    public async Task<CommissionView?> CommissionAsync(string? commissionId) =>
        commissionId is null ? null : await grains.GetGrain<ICommissionGrain>(commissionId).Get();

    public ICandidateGrain Candidate(CaseState @case) => grains.GetGrain<ICandidateGrain>(@case.CandidateKey);

    public static void Produce(CaseState @case, string caseId, Guid commandId, DocumentContent content, DateTimeOffset now) =>
        @case.PendingDocuments.Add(IssuedDocument.Create(commandId, caseId, @case.CenterNumber, now, content));

    /// <summary>The language of the procedure the candidate chose (P9), in which their notices are e-mailed.</summary>
    private static DocumentLanguage CaseLanguage(CaseState @case) => @case.ExamLanguage == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;

    /// <summary>Files the case's pending documents and clears them; false when there were none (nothing to write).</summary>
    public async Task<bool> FilePendingAsync(CaseState @case)
    {
        if (@case.PendingDocuments.Count == 0)
        {
            return false;
        }

        foreach (var document in @case.PendingDocuments)
        {
            await Candidate(@case).File(document, CaseLanguage(@case));
        }

        @case.PendingDocuments.Clear();
        return true;
    }
}
