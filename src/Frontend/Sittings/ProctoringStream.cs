namespace Platform.Frontend.Sittings;

/// <summary>An open proctoring stream: its sitting, and until when its token could have opened it.</summary>
public sealed record ProctoringStream(string SittingId, DateTimeOffset TokenExpiresAt);
