namespace Platform.Domain.Deadlines;

/// <summary>The verdict on a proposed exam date.</summary>
/// <param name="IsAllowed">Whether the date may be set.</param>
/// <param name="Refusal">Why not, naming the rule (e.g. "P6: ..."); null when allowed.</param>
public sealed record ExamDateCheck(bool IsAllowed, string? Refusal)
{
    /// <summary>The date may be set.</summary>
    public static ExamDateCheck Allowed { get; } = new(true, null);

    /// <summary>The date may not be set, for the given reason.</summary>
    public static ExamDateCheck Refused(string reason) => new(false, reason);
}
