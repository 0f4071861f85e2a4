namespace Platform.Frontend.Security;

/// <summary>
/// <c>Platform:Auth</c>: how bearer tokens are validated. With <see cref="Authority"/> set, tokens come from that
/// OpenID Connect provider (the national identity provider: its metadata and signing keys are discovered there);
/// without it, in Development only, from the development issuer. The claim names map the provider's claims to the
/// platform's roles, center and commissions.
/// </summary>
public sealed class PlatformAuthOptions
{
    public const string Section = "Platform:Auth";

    /// <summary>The OpenID Connect authority (issuer URL); empty in the embedded run.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience the tokens must be issued for.</summary>
    public string Audience { get; set; } = "qualification-recognition";

    /// <summary>Require HTTPS for the authority's metadata; off only for a local test provider.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim naming the user (a stable subject id, never the IIN).</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>The claim holding the roles of <see cref="Roles"/> (one claim per role, or a JSON array).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim holding a staff member's recognition center number (four digits, App.2 level 5).</summary>
    public string CenterClaim { get; set; } = "center";

    /// <summary>The claim holding the commission ids a commission member belongs to.</summary>
    public string CommissionsClaim { get; set; } = "commissions";

    /// <summary>The claim holding a candidate's key (see <see cref="Personal.CandidateKeys"/>).</summary>
    public string CandidateClaim { get; set; } = "candidate";

    /// <summary>The longest tolerance <see cref="ClockSkew"/> may be given.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long past its expiry (and before its start) a token is still accepted, for clocks that differ a little:
    /// 30 s by default and at most <see cref="MaxClockSkew"/> (the library's default of 5 min kept tokens alive too long).
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = MaxClockSkew;

    /// <summary>Lifetime of a development token.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>True when no external provider is configured, so the development issuer is the one to trust.</summary>
    public bool UsesDevelopmentIssuer => string.IsNullOrWhiteSpace(Authority);
}
