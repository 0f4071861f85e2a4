namespace Platform.Domain.Rules;

/// <summary>Where a <see cref="Rule"/> comes from, which decides how a refusal under it is cited and answered.</summary>
public enum RuleKind
{
    /// <summary>A point of the Rules (Order No. 374) or of their appendices, cited in words ("Пункт 5 Правил…").</summary>
    Law,

    /// <summary>The specification, where the law is silent (SPEC §3); shown by its id, with no citation in words.</summary>
    Specification,

    /// <summary>
    /// A check of the platform itself (invalid input, a command id taken): no citation; the edge answers it as a bad
    /// request or a conflict over the command, never as a refusal under the Rules.
    /// </summary>
    Platform,
}
