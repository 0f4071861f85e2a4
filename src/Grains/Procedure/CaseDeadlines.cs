using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// The statutory deadlines of a case (SPEC §2) over its state: opened when their clock starts, met, dropped when the
/// case takes another path, and brought up to an instant of the procedure's clock as <see cref="DeadlineCheck"/>
/// decides them: a center's obligation at risk or breached, a candidate's window closed with its consequence (P5: the
/// motivated refusal drafted; P20: the result final). The same whether an action arrives or a reminder fires, so
/// neither waits for the other.
/// </summary>
internal sealed class CaseDeadlines(CaseState @case)
{
    public void Open(DeadlineKind kind, Step step, DateOnly? startDay = null)
    {
        var deadline = StatutoryDeadlines.Get(kind);
        var start = startDay ?? step.Today;
        @case.Deadlines[kind] = deadline.IsInWorkingDays
            ? new TrackedDeadline
            {
                StartDay = start,
                AtRiskFrom = deadline.AtRiskFrom(step.Calendar, start),
                DueAt = deadline.DueAt(step.Calendar, start),
                Status = DeadlineStatus.Open,
            }
            : new TrackedDeadline
            {
                StartDay = start,
                AtRiskFrom = KazakhstanTime.EndOfDay(deadline.PeriodEnd(start)),
                DueAt = KazakhstanTime.EndOfDay(deadline.PeriodEnd(start)),
                Status = DeadlineStatus.Open,
            };
    }

    /// <summary>The obligation was met: now, or late when it was already breached (the breach stays on record).</summary>
    public void Meet(DeadlineKind kind, Step step)
    {
        if (@case.Deadlines.TryGetValue(kind, out var deadline) && deadline.MetAt is null
            && deadline.Status is DeadlineStatus.Open or DeadlineStatus.AtRisk or DeadlineStatus.Breached)
        {
            deadline.MetAt = step.Now;
            if (deadline.Status != DeadlineStatus.Breached)
            {
                deadline.Status = DeadlineStatus.Met;
            }
        }
    }

    /// <summary>The deadline is no longer owed (the case took another path).</summary>
    public void Drop(DeadlineKind kind) => @case.Deadlines.Remove(kind);

    /// <summary>No running deadline is owed any more (the case is withdrawn).</summary>
    public void DropRunning()
    {
        foreach (var kind in @case.Deadlines.Where(d => d.Value.IsRunning).Select(d => d.Key).ToList())
        {
            Drop(kind);
        }
    }

    /// <summary>Whether any running deadline of the case has moved on by <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) =>
        @case.Deadlines.Any(entry => entry.Value.IsRunning && Moves(entry.Key, entry.Value, now) is not null);

    /// <summary>Moves every running deadline on as <paramref name="now"/> requires, earliest first; false when none moved.</summary>
    public bool CatchUp(DateTimeOffset now)
    {
        var changed = false;
        foreach (var (kind, deadline) in @case.Deadlines.Where(d => d.Value.IsRunning).OrderBy(d => d.Value.DueAt).ToList())
        {
            if (Moves(kind, deadline, now) is { } decision)
            {
                Apply(deadline, decision, now);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// The refusal of a candidate's action whose window has closed by <paramref name="now"/> (naming the rule and the
    /// day it closed); null when the action has no window, its window was met, or it is still open.
    /// </summary>
    public Refusal? ClosedWindow(ApplicationAction action, DateTimeOffset now)
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

    private void Apply(TrackedDeadline deadline, DeadlineDecision decision, DateTimeOffset now)
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
            CloseWindow(decision.Deadline, now);
        }
    }

    /// <summary>What happens by itself when a window closes (SPEC §2, "when it passes").</summary>
    private void CloseWindow(StatutoryDeadline rule, DateTimeOffset now)
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

    /// <summary>The deadlines as the case's view shows them, earliest start first.</summary>
    public IReadOnlyList<DeadlineView> Views() =>
        [.. @case.Deadlines.Select(entry => ViewOf(entry.Key, entry.Value)).OrderBy(d => d.StartDay)];

    private static DeadlineView ViewOf(DeadlineKind kind, TrackedDeadline deadline)
    {
        var rule = StatutoryDeadlines.Get(kind);
        return new DeadlineView(kind, rule.Owner, rule.Rule.Id, deadline.StartDay, deadline.AtRiskFrom, deadline.DueAt, deadline.Status, deadline.MetAt);
    }
}
