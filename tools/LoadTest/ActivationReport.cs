namespace Platform.LoadTest;

/// <summary>
/// Issue 17: what <see cref="ActivationCheck"/> found in the sittings' event logs; all zero when no sitting was active
/// twice. <paramref name="CreditedSeconds"/>: the outage time the platform credited, per sitting credited (P11,
/// <c>OutageCredited</c>), <paramref name="CappedSittings"/> of them at the cap.
/// </summary>
public sealed record ActivationReport(
    int Sittings, int Records, int ChainBreaks, int DuplicateAnswers, int AnswersGoingBack, int DuplicateDetections, string? Error = null,
    IReadOnlyList<int>? CreditedSeconds = null, int CappedSittings = 0)
{
    public bool Clean => Error is null && ChainBreaks + DuplicateAnswers + AnswersGoingBack + DuplicateDetections == 0;
}
