namespace Platform.Frontend.Security.Proctoring;

/// <summary>The result of a token check: the outcome and, when the signature held, the grant it names.</summary>
public sealed record ProctoringTokenCheck(ProctoringTokenOutcome Outcome, ProctoringGrant? Grant = null)
{
    public bool Accepted => Outcome == ProctoringTokenOutcome.Accepted;
}
