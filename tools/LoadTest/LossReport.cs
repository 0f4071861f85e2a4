namespace Platform.LoadTest;

/// <summary>What the PostgreSQL check found: acknowledged items and those of them missing from <c>sitting_events</c>.</summary>
public sealed record LossReport(
    int AnswersAcknowledged, int AnswersMissing,
    int DetectionsAcknowledged, int DetectionsMissing,
    int ViolationsAcknowledged, int ViolationsMissing,
    int TerminationsSeen, int TerminationsMissing,
    string? Error = null)
{
    public bool Lossless => Error is null && AnswersMissing + DetectionsMissing + ViolationsMissing + TerminationsMissing == 0;
}
