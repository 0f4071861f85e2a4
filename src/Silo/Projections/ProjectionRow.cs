namespace Platform.Silo.Projections;

/// <summary>One case's row of <c>case_projection</c>, ready to write; <see cref="Done"/> completes once it is committed.</summary>
internal sealed record ProjectionRow(
    string CaseId, string CenterNumber, string CandidateKey, string ProgramCode, string State, int Attempt, int Version,
    string Deadlines, string? CertificateSerial, DateTimeOffset At, string Channel, string? AppealOutcome)
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
