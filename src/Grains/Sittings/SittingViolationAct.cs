using Platform.Domain.Proctoring;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;

namespace Platform.Grains.Sittings;

/// <summary>
/// P14, decided by <see cref="ViolationActStage"/>: at termination or removal the violation act is drafted from the
/// policy's evidence and kept in the sitting until the commission signs it; once signed it is filed in the candidate's
/// personal file (a repeat files it once).
/// </summary>
internal sealed class SittingViolationAct(SittingPipeline sitting, SittingCaseLink link, IGrainFactory grains, TimeProvider time, Func<ViolationPolicy> policy)
{
    private ExamSessionState S => sitting.S;

    private ICandidateGrain Candidate => grains.GetGrain<ICandidateGrain>(S.CandidateKey);

    private ViolationActStage Stage => new(S, time);

    public async Task<SittingResult> Sign(SignViolationAct command)
    {
        if (!S.Exists)
        {
            return sitting.Refused(SittingPipeline.NotOpened);
        }

        if (sitting.Repeated(command.CommandId, command.By) is { } repeated)
        {
            return repeated;
        }

        if (S.SignedAct is not null)
        {
            return sitting.Answer();
        }

        var now = sitting.Now;
        var signing = Stage.CheckSigning(command, now);
        if (signing.Refusal is { } refused)
        {
            return sitting.Refused(refused);
        }

        var signed = signing.Value!;
        return await sitting.CommitAsync(
            command.CommandId, command.By, ViolationActStage.Signed(command), () => Stage.Sign(signed, link.CommandIdFor("violation-act"), now));
    }

    /// <summary>Drafts the act once the sitting ended for a violation (again after a crash before the draft was written).</summary>
    public async Task EnsureDraftedAsync()
    {
        if (!Stage.DraftDue)
        {
            return;
        }

        var center = await grains.GetGrain<ICenterGrain>(CenterKeys.For(S.CenterNumber)).GetProfile();
        var candidate = await Candidate.GetIdentity();
        if (center is null || candidate is null)
        {
            return; // not registered: nothing to print the act with; tried again at the next change
        }

        Stage.Draft(center, candidate, policy());
        await sitting.Journal.WriteAsync();
    }

    public async Task FileSignedAsync()
    {
        if (Stage.ToFile is { } document)
        {
            await Candidate.File(document);
            S.ActFiled = true;
            await sitting.Journal.WriteAsync();
        }
    }
}
