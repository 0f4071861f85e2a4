namespace Platform.Grains.Documents;

/// <summary>The decision of the appeal commission (P22) and what follows from it (P23).</summary>
[GenerateSerializer, Alias("Platform.Grains.Documents.AppealDecision")]
public enum AppealDecision
{
    /// <summary>A positive conclusion: the recognition document is issued as in P18.</summary>
    Upheld,

    /// <summary>Technical discrepancies not caused by the candidate: the candidate sits again (P6-P17).</summary>
    TechnicalDiscrepancy,

    /// <summary>The appeal is rejected: the result of the examination commission stands.</summary>
    Rejected,
}
