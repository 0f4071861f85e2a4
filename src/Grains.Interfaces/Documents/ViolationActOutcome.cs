namespace Platform.Grains.Documents;

/// <summary>What a violation of P12 led to (P13), as recorded in the violation act (P14).</summary>
[GenerateSerializer, Alias("Platform.Grains.Documents.ViolationActOutcome")]
public enum ViolationActOutcome
{
    /// <summary>A first violation: the candidate was warned (by the online proctoring, or orally by the commission offline).</summary>
    Warned,

    /// <summary>A repeated violation online: the procedure was terminated automatically.</summary>
    Terminated,

    /// <summary>A repeated violation offline: the commission removed the candidate from the exam.</summary>
    Removed,
}
