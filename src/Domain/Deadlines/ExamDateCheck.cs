using Platform.Domain.Procedure;

namespace Platform.Domain.Deadlines;

/// <summary>The verdict on a proposed exam date.</summary>
/// <param name="IsAllowed">Whether the date may be set.</param>
/// <param name="Refusal">Why not, naming the rule (e.g. "P6: ..."), in English; null when allowed.</param>
public sealed record ExamDateCheck(bool IsAllowed, string? Refusal)
{
    /// <summary>The date may be set.</summary>
    public static ExamDateCheck Allowed { get; } = new(true, null);

    /// <summary>The rule a refusal names (e.g. "P6"); null when allowed.</summary>
    public string? Rule { get; private init; }

    /// <summary>Why not, without the rule, in English, Russian and Kazakh; null when allowed.</summary>
    public Wording? Reason { get; private init; }

    /// <summary>The date may not be set, for the given reason (English only; the rule leads it as "P6: ...").</summary>
    public static ExamDateCheck Refused(string reason) => new(false, reason);

    /// <summary>The date may not be set under <paramref name="rule"/>, for the reason in the three languages.</summary>
    public static ExamDateCheck Refused(string rule, Wording reason) =>
        new(false, $"{rule}: {reason.En}") { Rule = rule, Reason = reason };
}
