namespace Platform.Frontend.Security.Proctoring;

/// <summary>An issued proctoring token: the string handed to the proctoring client, its unique id and expiry.</summary>
public sealed record ProctoringToken(string Value, Guid Id, string SittingId, DateTimeOffset ExpiresAt);
