namespace Platform.Domain.Programs;

/// <summary>A theory question as worded in one exam language (P9): its text and its options.</summary>
/// <param name="Text">The question.</param>
/// <param name="Options">The options, with the same ids as in the other language.</param>
public sealed record QuestionWording(string Text, IReadOnlyList<QuestionOption> Options);
