namespace Platform.Domain.Programs;

/// <summary>A qualification program document that cannot be used: malformed JSON or every rule it breaks.</summary>
public sealed class ProgramValidationException : Exception
{
    /// <summary>A document with these errors (at least one).</summary>
    public ProgramValidationException(IReadOnlyList<ProgramError> errors, Exception? inner = null)
        : base(Describe(errors), inner) => Errors = errors;

    /// <summary>Everything wrong with the document, in document order.</summary>
    public IReadOnlyList<ProgramError> Errors { get; }

    private static string Describe(IReadOnlyList<ProgramError> errors) =>
        $"The qualification program is not valid ({errors.Count} error(s)):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(error => "- " + error));
}
