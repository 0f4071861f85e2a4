namespace Platform.Grains.Procedure;

/// <summary>P23: the three outcomes of an appeal.</summary>
public enum AppealOutcome
{
    /// <summary>The appeal is upheld: the document is issued as in P18.</summary>
    Upheld,

    /// <summary>Technical discrepancies not caused by the candidate: the candidate sits again from step 5 (P6-P17).</summary>
    TechnicalDiscrepancy,

    /// <summary>The appeal is rejected: the result stands.</summary>
    Rejected,
}
