using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// Reads a case for the operator's pages through <see cref="CaseGate.ReadNationallyAsync"/> (the operator reads every
/// center's cases; an administrator, who is shown the operator's pages and their links, reads what the operator reads),
/// with the center's and the program's names and the headers of the case's documents (kind and date; the headers carry
/// no name). Never reads the candidate's identity.
/// </summary>
public sealed class OperatorCaseReader(CaseGate gate, IGrainFactory grains, OperatorCenters centers)
{
    public async Task<OperatorCase?> ReadAsync(string caseId, PlatformUser user, string language)
    {
        if (await gate.ReadNationallyAsync(caseId, user) is not { } view)
        {
            return null;
        }

        var name = centers.NameAsync(view.CenterNumber, language);
        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(view.ProgramCode)).GetSummary();
        var file = await grains.GetGrain<ICandidateGrain>(view.CandidateKey).GetPersonalFile();
        var profession = await program is { } summary ? (language == "kk" ? summary.ProfessionKk : summary.ProfessionRu) : null;
        return new OperatorCase(view, await name ?? view.CenterNumber, profession, [.. file.Where(h => h.CaseReference == caseId)]);
    }
}
