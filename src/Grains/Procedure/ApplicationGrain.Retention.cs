using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>Step 16 (P22): the appeal protocol is kept 3 years from signing, then may be destroyed on a staff decision.</summary>
public sealed partial class ApplicationGrain
{
    public async Task<CaseResult> DestroyAppealProtocol(CaseCommand command)
    {
        if (Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        await CatchUpAsync(time.GetUtcNow());

        if (command.By.Role != Roles.HeadOfCenter)
        {
            return Refused(Refusal.Of(Rule.P22, "ProtocolDestroyedByHead"));
        }

        if (Case.AppealDecision is not { } decision || !Case.AppealProtocolMayBeDestroyed)
        {
            return Refused(Refusal.Of(Rule.P22, "ProtocolKeptThreeYears"));
        }

        // The protocol's document id is the id of the decision that produced it.
        await Candidate.Remove(decision.CommandId);
        var before = Snapshot();
        Record(command.CommandId, command.By, "AppealProtocolDestroyed", Rule.P22, time.GetUtcNow());
        return await CommitAsync(before);
    }
}
