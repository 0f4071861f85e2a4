namespace Platform.LoadTest;

/// <summary>A simulated candidate ready for the live phase: their account, their sitting in theory, its proctoring token.</summary>
public sealed record PreparedSitting(int Number, string Account, string SittingId, string ProctoringToken);
