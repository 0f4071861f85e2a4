namespace Platform.LoadTest;

/// <summary>
/// Issue 17, what the candidates saw of a fault, from each one's <see cref="CandidateFaults"/>: how many were hit; each
/// error window (first error → next success) of the exam clients and of the proctoring streams; the time each hit
/// candidate lost in all (the sum of its exam client's windows); the resumes after a reconnect and whether they found
/// time left; the deadlines that moved (time credited). A client that left (its work done) while its connection was
/// being restored saw no error: counted apart, not as hit.
/// </summary>
public sealed record FaultFigures(
    int Candidates,
    int ExamHit, Spread ExamWindows, Spread ExamLostPerCandidate,
    int StreamHit, Spread StreamWindows,
    int StillFailing, int LeftWhileReconnecting,
    int Reconnected, int Resumes, int ResumedWithTimeLeft, int ResumedWithoutTime,
    int Credited, TimeSpan MostCredited)
{
    public static FaultFigures Of(Metrics metrics)
    {
        var all = metrics.Candidates.ToArray();
        var examHit = all.Where(c => c.Exam.Windows.Count > 0 || c.Exam.Open).ToArray();
        var streamHit = all.Where(c => c.Stream.Windows.Count > 0 || c.Stream.Open).ToArray();
        return new FaultFigures(
            all.Length,
            examHit.Length, Spread.Of(all.SelectMany(c => c.Exam.Windows)), Spread.Of(examHit.Select(c => c.Exam.Total)),
            streamHit.Length, Spread.Of(all.SelectMany(c => c.Stream.Windows)),
            all.Count(c => c.Exam.Open || c.Stream.Open), all.Count(c => c.Exam.LeftWhileReconnecting || c.Stream.LeftWhileReconnecting),
            all.Count(c => c.Resumes > 0), all.Sum(c => c.Resumes), all.Sum(c => c.ResumedWithTimeLeft), all.Sum(c => c.ResumedWithoutTime),
            all.Count(c => c.Credited > TimeSpan.Zero), all.Select(c => c.Credited).DefaultIfEmpty(TimeSpan.Zero).Max());
    }
}
