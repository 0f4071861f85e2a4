namespace Platform.Domain.Programs;

/// <summary>One answer option of a theory question, in one language; its id is the same in kk and ru.</summary>
/// <param name="Id">Unique within the question, e.g. "a".</param>
/// <param name="Text">The option as the candidate reads it.</param>
public sealed record QuestionOption(string Id, string Text);
