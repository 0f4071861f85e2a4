namespace Platform.Frontend.Security.Proctoring;

/// <summary>What a valid proctoring token grants: one stream of events for one sitting of one candidate.</summary>
public sealed record ProctoringGrant(Guid TokenId, string SittingId, string CandidateKey, DateTimeOffset ExpiresAt);
