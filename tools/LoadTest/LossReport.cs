namespace Platform.LoadTest;

/// <summary>
/// What the PostgreSQL check found: acknowledged items and those of them missing from <c>sitting_events</c>; the
/// submissions (issue 16) are the theories submitted by the candidate or due at the mass end, each needing its
/// <c>TheorySubmitted</c> record (the score: the result), at the time limit for the latter.
/// </summary>
public sealed record LossReport(
    int AnswersAcknowledged, int AnswersMissing,
    int DetectionsAcknowledged, int DetectionsMissing,
    int ViolationsAcknowledged, int ViolationsMissing,
    int TerminationsSeen, int TerminationsMissing,
    int SubmissionsExpected = 0, int SubmissionsMissing = 0,
    string? Error = null)
{
    public bool Lossless => Error is null && AnswersMissing + DetectionsMissing + ViolationsMissing + TerminationsMissing + SubmissionsMissing == 0;
}
