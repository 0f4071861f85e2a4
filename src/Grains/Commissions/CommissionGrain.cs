using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Hosting;

namespace Platform.Grains.Commissions;

public sealed class CommissionGrain(
    [PersistentState("commission", PlatformDatabase.GrainStorage)] IPersistentState<CommissionState> state)
    : Grain, ICommissionGrain
{
    public async Task<Refusal?> Form(FormCommission command)
    {
        if (state.State.Formed is { } formed)
        {
            return SameComposition(formed, command) ? null : CommissionRefusals.AlreadyFormed;
        }

        if (await CheckComposition(command) is { } refusal)
        {
            return refusal;
        }

        state.State.Formed = command;
        await state.WriteOrUndoAsync(() => state.State.Formed = null); // not formed until it is written

        return null;
    }

    private async Task<Refusal?> CheckComposition(FormCommission command)
    {
        var members = command.Members;
        if (members is null || members.Any(m => m is null || m.Subject is null))
        {
            return CommissionRefusals.Composition;
        }

        if (members.Count(m => m.Role == CommissionRole.Chair) != 1 || members.Count < 3)
        {
            return CommissionRefusals.Composition;
        }

        if (members.Select(m => m.Subject).Distinct().Count() != members.Count)
        {
            return CommissionRefusals.MemberTwice;
        }

        if (command.Kind == CommissionKind.Examination)
        {
            return null;
        }

        if (command.ExaminationCommissionId is null || command.CaseId is null)
        {
            return CommissionRefusals.AppealForOneCase;
        }

        // P21-1 by people: the commission named, and the one that actually signed the case's protocol (a request may
        // name another). A case of another center is answered as one that does not exist.
        var decided = await GrainFactory.GetGrain<IApplicationGrain>(command.CaseId).Examiners();
        if (decided is null || decided.CenterNumber != command.CenterNumber)
        {
            return CommissionRefusals.AppealForOneCase;
        }

        var examiners = new HashSet<string>(await AppealPanel.ExaminersAsync(GrainFactory, command.ExaminationCommissionId, []), StringComparer.Ordinal);
        examiners.UnionWith(await AppealPanel.ExaminersAsync(GrainFactory, decided.ExaminationCommissionId, decided.SignedBy));
        return AppealCommissionCheck.Separation(members.Select(m => m.Subject), examiners) is null ? null : AppealCommissionCheck.SharedMember;
    }

    /// <summary>
    /// The same commission formed again (a retry, the demo seed at every start) is harmless. Compared member by member:
    /// a list read back from storage is never the same object as the one in the command.
    /// </summary>
    private static bool SameComposition(FormCommission formed, FormCommission command) =>
        formed.Kind == command.Kind && formed.CenterNumber == command.CenterNumber
        && formed.ExaminationCommissionId == command.ExaminationCommissionId && formed.CaseId == command.CaseId
        && formed.Members.SequenceEqual(command.Members);

    public Task<CommissionView?> Get() => Task.FromResult(state.State.Formed is { } formed
        ? new CommissionView(this.GetPrimaryKeyString(), formed.Kind, formed.CenterNumber, formed.Members, formed.CaseId)
        : null);

    public Task<bool> IsMember(string subject) =>
        Task.FromResult(state.State.Formed?.Members.Any(m => m.Subject == subject) == true);

    public Task<CommissionDecision> Decide(IReadOnlyList<Vote> votes)
    {
        var members = state.State.Formed?.Members ?? [];
        if (votes.Count == 0 || votes.Any(v => members.All(m => m.Subject != v.Subject)) || votes.Select(v => v.Subject).Distinct().Count() != votes.Count)
        {
            return Task.FromResult(CommissionDecision.Refused(CommissionRefusals.PresentVoteOnce));
        }

        var tally = votes.GroupBy(v => v.Choice).Select(g => (Choice: g.Key, Count: g.Count())).OrderByDescending(t => t.Count).ToList();
        var signedBy = votes.Select(v => v.Subject).ToList();
        if (tally.Count == 1 || tally[0].Count > tally[1].Count)
        {
            return Task.FromResult(new CommissionDecision(tally[0].Choice, false, signedBy));
        }

        var chair = members.Single(m => m.Role == CommissionRole.Chair).Subject;
        var chairs = votes.FirstOrDefault(v => v.Subject == chair);
        return Task.FromResult(chairs is null
            ? CommissionDecision.Refused(CommissionRefusals.TieWithoutChair)
            : new CommissionDecision(chairs.Choice, true, signedBy));
    }
}
