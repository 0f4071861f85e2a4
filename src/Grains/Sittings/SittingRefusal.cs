using Platform.Domain.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>Why an action on a sitting is refused: the rule it breaks and what the rule says, in en, ru and kk.</summary>
internal sealed record SittingRefusal(string Rule, Wording Text)
{
    public SittingRefusal(string rule, string en, string ru, string kk)
        : this(rule, new Wording(en, ru, kk))
    {
    }

    /// <summary>What the rule says, in English.</summary>
    public string Reason => Text.En;

    /// <summary>The answer carrying this refusal in the three languages.</summary>
    public SittingResult For(SittingView? view) => new(view, Rule, Text.En, Text.Ru, Text.Kk);
}
