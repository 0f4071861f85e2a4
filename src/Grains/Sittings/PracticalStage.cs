using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The practical stage's rules over the sitting state (P16, P17): which marks of the technological map are taken and
/// new, and the result of the map at completion. It decides; the grain logs, writes and tells the case.
/// </summary>
internal sealed class PracticalStage(ExamSessionState s)
{
    private PracticalResult? _result;

    /// <summary>The map's result from the marks, evaluated once per completion.</summary>
    public PracticalResult Result => _result ??= PracticalResult.Evaluate(
        TechnologicalMap.Create(s.PracticalTaskTitle, s.Map.Select(step => new TechnologicalMapStep(step.Id, step.Title, step.Criteria, step.Required))),
        s.Marks.Select(mark => new StepMark(mark.Key, mark.Value.PerformedPerMap, mark.Value.Comment)));

    /// <summary>P16: steps of the map are marked while the practical stage is open, and only steps the map has.</summary>
    public Refusal? CheckMark(MarkStep command, Refusal notOpened)
    {
        if (!s.Exists || s.Status != SittingState.PracticalOpen)
        {
            return s.Exists ? Refusal.Of(Rule.P16, "MapMarkedDuringPractical") : notOpened;
        }

        return s.Map.All(step => step.Id != command.StepId) ? Refusal.Of(Rule.P16, "NoSuchStep", command.StepId) : null;
    }

    /// <summary>The mark as a fact, or null when the step already has it (a repeat logs nothing).</summary>
    public StepMarked? Marked(MarkStep command)
    {
        var current = s.Marks.GetValueOrDefault(command.StepId);
        return current is null || current.PerformedPerMap != command.PerformedPerMap || current.Comment != command.Comment
            ? new StepMarked(command.By.Subject, command.By.Role, command.StepId, command.PerformedPerMap, command.Comment, Rule.P16.Id)
            : null;
    }

    public PracticalCompleted Completed(Actor by) => new(
        by.Subject, by.Role, Result.Passed, [.. Result.Shortfalls.Select(s => s.StepTitle)], Rule.P16.And(Rule.P17).Id);

    public void Complete() =>
        s.Scores = s.Scores! with { PracticalPassed = Result.Passed, PracticalShortfalls = Result.Shortfalls.Select(s => s.StepTitle).ToList() };
}
