namespace Platform.LoadTest;

/// <summary>An answer the platform acknowledged, as a worker's result file carries it (see <see cref="Expectations.Answers"/>).</summary>
public sealed record AcknowledgedAnswer(string SittingId, string QuestionId, long Sequence);
