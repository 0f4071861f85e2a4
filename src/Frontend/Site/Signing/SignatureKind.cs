namespace Platform.Frontend.Site.Signing;

/// <summary>What the head signs from the signing desk.</summary>
public enum SignatureKind
{
    /// <summary>P5: the motivated refusal drafted when the candidate's window to fix the remarks closed.</summary>
    MotivatedRefusal,

    /// <summary>P18 (and P23 after an upheld appeal): the recognition document.</summary>
    Certificate,
}
