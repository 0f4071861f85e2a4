namespace Platform.LoadTest;

/// <summary>A development token and when to renew it: at three quarters of its lifetime, so a connection opened with it still has a while.</summary>
public sealed record IssuedToken(string Value, DateTimeOffset RenewAt)
{
    public static IssuedToken From(string value, DateTimeOffset issuedAt, DateTimeOffset expiresAt) =>
        new(value, issuedAt + (expiresAt - issuedAt) * 0.75);

    public bool Stale => DateTimeOffset.UtcNow >= RenewAt;
}
