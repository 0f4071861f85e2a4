using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Domain.Identity;
using Platform.Frontend.Security.Personal;
using Platform.Frontend.Security.Secrets;

namespace Platform.Frontend.Security.Development;

/// <summary>
/// DEVELOPMENT ONLY. Issues bearer tokens for the demo accounts, signed with <c>Platform:Secrets:DevelopmentSigningKey</c>,
/// so the embedded run and the tests have users without the national identity provider. It refuses to exist outside
/// the Development environment, and its endpoints are mapped only there (issue 6).
/// </summary>
public sealed class DevelopmentTokenIssuer
{
    /// <summary>The issuer name tokens carry; no production provider uses it.</summary>
    public const string Issuer = "qrp-development-issuer (not for production)";

    private readonly PlatformAuthOptions _options;
    private readonly SigningCredentials _credentials;
    private readonly IinProtector _iins;
    private readonly TimeProvider _time;

    public DevelopmentTokenIssuer(IHostEnvironment environment, IOptions<PlatformAuthOptions> options, PlatformSecrets secrets, IinProtector iins, TimeProvider time)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("The development token issuer runs only in the Development environment.");
        }

        _options = options.Value;
        _credentials = new SigningCredentials(SigningKey(secrets), SecurityAlgorithms.HmacSha256);
        _iins = iins;
        _time = time;
    }

    public static SymmetricSecurityKey SigningKey(PlatformSecrets secrets) =>
        new(secrets.DevelopmentSigningKey ?? throw new InvalidOperationException("The development signing key is not configured."));

    public DevToken Issue(DemoAccount account) => Issue(account, _time.GetUtcNow() + _options.DevelopmentTokenLifetime);

    /// <summary>
    /// A token that expires at <paramref name="expiresAt"/>, for the tests of expiry: one already expired (issued a
    /// minute before its expiry) or one about to expire. Not reachable over HTTP.
    /// </summary>
    public DevToken Issue(DemoAccount account, DateTimeOffset expiresAt)
    {
        var expires = expiresAt.UtcDateTime;
        var now = _time.GetUtcNow().UtcDateTime;
        if (now >= expires)
        {
            now = expires - TimeSpan.FromMinutes(1);
        }

        var candidateKey = CandidateKeyOf(account);
        var claims = new Dictionary<string, object>
        {
            [_options.SubjectClaim] = account.Name,
            [_options.RoleClaim] = account.Roles.ToArray(),
        };
        AddIfPresent(claims, _options.CenterClaim, account.Center);
        AddIfPresent(claims, _options.CandidateClaim, candidateKey);
        if (account.Commissions is { Count: > 0 })
        {
            claims[_options.CommissionsClaim] = account.Commissions.ToArray();
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Claims = claims,
            SigningCredentials = _credentials,
        });
        return new DevToken(token, "Bearer", new DateTimeOffset(expires), account.Name, account.DisplayName, account.Roles, account.Center, account.Commissions ?? [], candidateKey);
    }

    /// <summary>The claims of a demo account as a site session carries them (the token's claims, and the name to show).</summary>
    public IEnumerable<Claim> SessionClaims(DemoAccount account, string nameClaim)
    {
        yield return new Claim(_options.SubjectClaim, account.Name);
        yield return new Claim(nameClaim, account.DisplayName);
        foreach (var role in account.Roles)
        {
            yield return new Claim(_options.RoleClaim, role);
        }

        foreach (var commission in account.Commissions ?? [])
        {
            yield return new Claim(_options.CommissionsClaim, commission);
        }

        if (account.Center is { } center)
        {
            yield return new Claim(_options.CenterClaim, center);
        }

        if (CandidateKeyOf(account) is { } key)
        {
            yield return new Claim(_options.CandidateClaim, key);
        }
    }

    private string? CandidateKeyOf(DemoAccount account) =>
        account.Iin is null ? null : CandidateKeys.FromIin(_iins, Iin.Parse(account.Iin));

    private static void AddIfPresent(Dictionary<string, object> claims, string name, string? value)
    {
        if (value is not null)
        {
            claims[name] = value;
        }
    }
}
