namespace Platform.Domain.Procedure;

/// <summary>What the Rules require before an action may happen; the text of a refusal.</summary>
/// <param name="Rule">The point of the Rules, e.g. "P20".</param>
/// <param name="Text">The requirement in English, Russian and Kazakh, e.g. "an appeal is filed once ...".</param>
public sealed record ActionRequirement(string Rule, Wording Text)
{
    /// <summary>A requirement worded the same in every language.</summary>
    public ActionRequirement(string rule, string requirement)
        : this(rule, Wording.Same(requirement))
    {
    }

    /// <summary>A requirement in English, Russian and Kazakh.</summary>
    public ActionRequirement(string rule, string en, string ru, string kk)
        : this(rule, new Wording(en, ru, kk))
    {
    }

    /// <summary>A requirement as the Rules catalogue words it (<see cref="Rules.RefusalWording"/>).</summary>
    public ActionRequirement(Rules.Refusal refusal)
        : this(refusal.Rule.Id, Rules.RefusalWording.Of(refusal))
    {
    }

    /// <summary>The requirement in English.</summary>
    public string Requirement => Text.En;
}
