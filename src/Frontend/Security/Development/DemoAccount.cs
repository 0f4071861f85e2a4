namespace Platform.Frontend.Security.Development;

/// <summary>
/// A demo account of <c>demo-accounts.json</c>: a login name, a fictional display name, roles, the center of staff,
/// the commissions of members and, for candidates, a fictional IIN from which their candidate key is derived.
/// </summary>
public sealed record DemoAccount(
    string Name,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? Center = null,
    IReadOnlyList<string>? Commissions = null,
    string? Iin = null);
