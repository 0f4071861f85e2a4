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
            return Refused(new Refusal("P22", "the head of the center decides to destroy an appeal protocol",
                "решение об уничтожении протокола апелляционной комиссии принимает руководитель центра",
                "апелляциялық комиссия хаттамасын жою туралы шешімді орталық басшысы қабылдайды"));
        }

        if (Case.AppealDecision is not { } decision || !Case.AppealProtocolMayBeDestroyed)
        {
            return Refused(new Refusal("P22", "the appeal protocol is kept three years from the day it was signed",
                "протокол апелляционной комиссии хранится три года со дня его подписания",
                "апелляциялық комиссияның хаттамасы қол қойылған күнінен бастап үш жыл сақталады"));
        }

        // The protocol's document id is the id of the decision that produced it.
        await Candidate.Remove(decision.CommandId);
        var before = Snapshot();
        Record(command.CommandId, command.By, "AppealProtocolDestroyed", "P22", time.GetUtcNow());
        return await CommitAsync(before);
    }
}
