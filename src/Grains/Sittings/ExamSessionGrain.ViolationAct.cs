using Platform.Grains.Candidates;
using Platform.Grains.Centers;

namespace Platform.Grains.Sittings;

/// <summary>
/// P14, decided by <see cref="ViolationActStage"/>: at termination or removal the violation act is drafted from the
/// policy's evidence and kept in the sitting until the commission signs it; once signed it is filed in the candidate's
/// personal file (a repeat files it once).
/// </summary>
public sealed partial class ExamSessionGrain
{
    private ICandidateGrain Candidate => GrainFactory.GetGrain<ICandidateGrain>(S.CandidateKey);

    private ViolationActStage ActStage => new(S, time);

    public async Task<SittingResult> SignViolationAct(SignViolationAct command)
    {
        if (!S.Exists)
        {
            return Refused(NotOpened);
        }

        if (Repeated(command.CommandId, command.By) is { } repeated)
        {
            return repeated;
        }

        if (S.SignedAct is not null)
        {
            return new SittingResult(View());
        }

        var now = Now;
        var signing = ActStage.CheckSigning(command, now);
        if (signing.Refusal is { } refused)
        {
            return Refused(refused);
        }

        var signed = signing.Value!;
        await Journal.CommitAsync([ViolationActStage.Signed(command)], () =>
        {
            ActStage.Sign(signed, CommandIdFor("violation-act"), now);
            Remember(command.CommandId, command.By);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    /// <summary>Drafts the act once the sitting ended for a violation (again after a crash before the draft was written).</summary>
    private async Task EnsureViolationActDraftedAsync()
    {
        if (!ActStage.DraftDue)
        {
            return;
        }

        var center = await GrainFactory.GetGrain<ICenterGrain>(CenterKeys.For(S.CenterNumber)).GetProfile();
        var candidate = await Candidate.GetIdentity();
        if (center is null || candidate is null)
        {
            return; // not registered: nothing to print the act with; tried again at the next change
        }

        ActStage.Draft(center, candidate, Policy);
        await Journal.WriteAsync();
    }

    private async Task FileSignedActAsync()
    {
        if (ActStage.ToFile is { } document)
        {
            await Candidate.File(document);
            S.ActFiled = true;
            await Journal.WriteAsync();
        }
    }
}
