using Platform.Domain.Procedure;

namespace Platform.Grains.Procedure;

/// <summary>Why an action on a case is refused: the rule it breaks and what the rule says, in en, ru and kk.</summary>
internal sealed record Refusal(string Rule, Wording Text)
{
    public Refusal(string rule, string en, string ru, string kk)
        : this(rule, new Wording(en, ru, kk))
    {
    }

    /// <summary>The refusal of a check of the domain, which words what its rule requires.</summary>
    public static Refusal Of(ActionRequirement requirement) => new(requirement.Rule, requirement.Text);

    /// <summary>What the rule says, in English.</summary>
    public string Reason => Text.En;

    /// <summary>The answer carrying this refusal in the three languages.</summary>
    public CaseResult For(CaseView view) => new(view, Rule, Text.En, Text.Ru, Text.Kk);
}
