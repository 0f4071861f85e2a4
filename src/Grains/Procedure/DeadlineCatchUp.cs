using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// SPEC §2: brings a case's running deadlines up to an instant of the procedure's clock, as <see cref="DeadlineCheck"/>
/// decides them: a center's obligation at risk or breached, a candidate's window closed with its consequence (P5: the
/// motivated refusal drafted; P20: the result final). The same whether an action arrives or a reminder fires, so
/// neither waits for the other.
/// </summary>
internal static class DeadlineCatchUp
{
    /// <summary>Whether any running deadline of the case has moved on by <paramref name="now"/>.</summary>
    public static bool IsDue(CaseState @case, DateTimeOffset now) =>
        @case.Deadlines.Any(entry => entry.Value.IsRunning && Moves(entry.Key, entry.Value, now) is not null);

    /// <summary>Moves every running deadline on as <paramref name="now"/> requires, earliest first; false when none moved.</summary>
    public static bool To(CaseState @case, DateTimeOffset now)
    {
        var changed = false;
        foreach (var (kind, deadline) in @case.Deadlines.Where(d => d.Value.IsRunning).OrderBy(d => d.Value.DueAt).ToList())
        {
            if (Moves(kind, deadline, now) is { } decision)
            {
                Apply(@case, deadline, decision, now);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// The refusal of a candidate's action whose window has closed by <paramref name="now"/> (naming the rule and the
    /// day it closed); null when the action has no window, its window was met, or it is still open.
    /// </summary>
    public static Refusal? ClosedWindow(CaseState @case, ApplicationAction action, DateTimeOffset now)
    {
        if (DeadlineCheck.WindowOf(action) is not { } window
            || !@case.Deadlines.TryGetValue(window.Kind, out var deadline) || deadline.MetAt is not null)
        {
            return null;
        }

        return DeadlineCheck.Decide(window, deadline.AtRiskFrom, deadline.DueAt, now) is { Refusal: { } reason }
            ? reason
            : null;
    }

    /// <summary>The decision that changes a running deadline; null when it stays as it is (a duplicate or early tick).</summary>
    private static DeadlineDecision? Moves(DeadlineKind kind, TrackedDeadline deadline, DateTimeOffset now)
    {
        var decision = DeadlineCheck.Decide(StatutoryDeadlines.Get(kind), deadline.AtRiskFrom, deadline.DueAt, now);
        return decision.Phase switch
        {
            DeadlinePhase.Passed => decision,
            DeadlinePhase.AtRisk when deadline.Status == DeadlineStatus.Open => decision,
            _ => null,
        };
    }

    private static void Apply(CaseState @case, TrackedDeadline deadline, DeadlineDecision decision, DateTimeOffset now)
    {
        if (!decision.IsPassed)
        {
            deadline.Status = DeadlineStatus.AtRisk;
        }
        else if (decision.IsBreach)
        {
            deadline.Status = DeadlineStatus.Breached;
        }
        else
        {
            deadline.Status = DeadlineStatus.Closed;
            CloseWindow(@case, decision.Deadline, now);
        }
    }

    /// <summary>What happens by itself when a window closes (SPEC §2, "when it passes").</summary>
    private static void CloseWindow(CaseState @case, StatutoryDeadline rule, DateTimeOffset now)
    {
        switch (rule.OnExpiry)
        {
            case DeadlineExpiry.MotivatedRefusalDrafted:
                // P5: drafted from the unresolved remarks the moment the window closes; the head signs it.
                @case.RefusalDrafted = true;
                @case.History.Add(new CaseEvent(now, "MotivatedRefusalDrafted", rule.Rule.Id, Actor.System.Subject, Actor.System.Role));
                break;
            case DeadlineExpiry.ResultFinal when ApplicationProcedure.Apply(@case.Status, ApplicationAction.CloseAppealWindow) is { IsAllowed: true } closed:
                @case.Status = closed.State;
                @case.History.Add(new CaseEvent(now, nameof(ApplicationAction.CloseAppealWindow), rule.Rule.Id, Actor.System.Subject, Actor.System.Role));
                break;
            case DeadlineExpiry.MayBeDestroyed:
                @case.AppealProtocolMayBeDestroyed = true;
                break;
        }
    }
}
