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
public sealed partial class ApplicationGrain
{
    private ICandidateGrain Candidate => GrainFactory.GetGrain<ICandidateGrain>(Case.CandidateKey);

    /// <summary>The center, the candidate and the program as the documents print them; null when one is not registered.</summary>
    private Task<CaseContext?> LoadContextAsync() => LoadContextAsync(Case.CenterNumber, Case.CandidateKey, Case.ProgramCode);

    /// <summary>The same for an application not yet in the state, so nothing is written before it is known to be registered.</summary>
    private async Task<CaseContext?> LoadContextAsync(string centerNumber, string candidateKey, string programCode)
    {
        var center = GrainFactory.GetGrain<ICenterGrain>(CenterKeys.For(centerNumber)).GetProfile();
        var candidate = GrainFactory.GetGrain<ICandidateGrain>(candidateKey).GetIdentity();
        var program = GrainFactory.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(programCode)).GetJson();
        await Task.WhenAll(center, candidate, program);
        return center.Result is { } c && candidate.Result is { } k && program.Result is { } p
            ? new CaseContext(c, k, QualificationProgram.Parse(p))
            : null;
    }

    private async Task<CommissionView?> CommissionAsync(string? commissionId) =>
        commissionId is null ? null : await GrainFactory.GetGrain<ICommissionGrain>(commissionId).Get();

    private void Produce(Guid commandId, DocumentContent content, DateTimeOffset now) =>
        Case.PendingDocuments.Add(IssuedDocument.Create(commandId, CaseId, Case.CenterNumber, now, content));

    private async Task FilePendingDocumentsAsync()
    {
        if (Case.PendingDocuments.Count == 0)
        {
            return;
        }

        foreach (var document in Case.PendingDocuments)
        {
            await Candidate.File(document);
        }

        Case.PendingDocuments.Clear();
        await state.WriteStateAsync();
    }
}
