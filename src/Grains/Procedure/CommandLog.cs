using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// The commands applied to a case, over its state: each recorded in the history with its rule and actor, and its id
/// kept among the latest, with who sent it, so a retried command changes nothing and is answered to its sender alone.
/// </summary>
internal sealed class CommandLog(CaseState @case)
{
    public const int Kept = 64;

    /// <summary>Whether the command id is among the latest applied.</summary>
    public bool Applied(Guid commandId) => @case.AppliedCommands.Contains(commandId);

    /// <summary>Whether the command applied under the id was sent by <paramref name="by"/>.</summary>
    public bool SentBy(Guid commandId, Actor? by) =>
        by is not null && @case.AppliedBy.TryGetValue(commandId, out var sender) && sender == by.Subject;

    public void Record(Guid commandId, Actor by, string what, Rule rule, DateTimeOffset at)
    {
        @case.History.Add(new CaseEvent(at, what, rule.Id, by.Subject, by.Role));
        @case.AppliedCommands.Add(commandId);
        @case.AppliedBy[commandId] = by.Subject;
        if (@case.AppliedCommands.Count > Kept)
        {
            @case.AppliedBy.Remove(@case.AppliedCommands[0]);
            @case.AppliedCommands.RemoveAt(0);
        }
    }
}
