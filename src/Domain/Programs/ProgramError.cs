namespace Platform.Domain.Programs;

/// <summary>One thing wrong with a qualification program document.</summary>
/// <param name="Path">Where, as a JSON path without the root, e.g. <c>theory.questions[12].kk.text</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>question q13 has empty kk text</c>.</param>
public sealed record ProgramError(string Path, string Message)
{
    /// <summary>"path: message".</summary>
    public override string ToString() => $"{Path}: {Message}";
}
