namespace Platform.Frontend.Security.Development;

/// <summary>The body of <c>POST /api/v1/dev/tokens</c>: the demo account's login name.</summary>
public sealed record DevTokenRequest(string Account);
