namespace Platform.Frontend.Security.Proctoring;

/// <summary>The outcome of checking a proctoring token or an event against its grant.</summary>
public enum ProctoringTokenOutcome
{
    Accepted,

    /// <summary>Not a proctoring token at all.</summary>
    Malformed,

    /// <summary>The signature does not match: made up, or its claims were altered.</summary>
    Forged,

    Expired,

    /// <summary>The token already opened a stream (issue 6: a replayed token is refused).</summary>
    Replayed,

    /// <summary>The token or stream is for another sitting than the one named.</summary>
    WrongSitting,
}
