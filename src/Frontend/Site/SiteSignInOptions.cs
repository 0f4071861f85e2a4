namespace Platform.Frontend.Site;

/// <summary>
/// <c>Platform:Auth:Site</c>: how the web site signs a person in. The API takes bearer tokens; the site keeps a cookie
/// that it gets by sending the browser to the same OpenID Connect provider as <c>Platform:Auth:Authority</c>
/// (authorization code with PKCE), as the client registered there for the site.
/// </summary>
public sealed class SiteSignInOptions
{
    public const string Section = "Platform:Auth:Site";

    /// <summary>The site's client id at the identity provider; required outside Development.</summary>
    public string? ClientId { get; set; }

    /// <summary>The site's client secret, when the provider gives confidential clients one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>, e.g. the one that releases the role claims.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>The claim holding the person's name as shown in the page header (never used as a key).</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>How long a site session lasts without a request; each page visit renews it.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);
}
