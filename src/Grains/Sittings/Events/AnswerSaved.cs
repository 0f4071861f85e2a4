namespace Platform.Grains.Sittings.Events;

/// <summary>An answer of the candidate; a higher sequence replaces a lower one.</summary>
public sealed record AnswerSaved(string QuestionId, string OptionId, long Sequence) : SittingEvent(SittingFactKind.AnswerSaved);
