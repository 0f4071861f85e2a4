namespace Platform.LoadTest;

/// <summary>Issue 17: what <see cref="ActivationCheck"/> found in the sittings' event logs; all zero when no sitting was active twice.</summary>
public sealed record ActivationReport(
    int Sittings, int Records, int ChainBreaks, int DuplicateAnswers, int AnswersGoingBack, int DuplicateDetections, string? Error = null)
{
    public bool Clean => Error is null && ChainBreaks + DuplicateAnswers + AnswersGoingBack + DuplicateDetections == 0;
}
