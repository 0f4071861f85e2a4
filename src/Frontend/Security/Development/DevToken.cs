namespace Platform.Frontend.Security.Development;

/// <summary>A development token and what it says about the account (the display name is for the demo UI; the token never carries it).</summary>
public sealed record DevToken(
    string AccessToken,
    string TokenType,
    DateTimeOffset ExpiresAt,
    string Account,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? Center,
    IReadOnlyList<string> Commissions,
    string? CandidateKey);
