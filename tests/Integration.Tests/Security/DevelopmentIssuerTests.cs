using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Grains.Procedure;
using Platform.Frontend;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Development;
using Platform.Frontend.Security.Personal;
using Platform.Frontend.Security.Secrets;
using Platform.Hosting;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Security;

/// <summary>Issue 6: the development issuer, its demo accounts, and what stops a start outside Development.</summary>
[Collection(SecurityCollection.Name)]
public sealed class DevelopmentIssuerTests(SecurityFixture platform)
{
    [Fact]
    public async Task ATokenCarriesSubjectRolesCenterAndCommissionsForAnHourAndNoName()
    {
        var token = await IssueAsync("commission.0001.b");
        var claims = Claims(token.GetProperty("accessToken").GetString()!);

        Assert.Equal("commission.0001.b", claims.GetProperty("sub").GetString());
        Assert.Equal(["commission-member"], Strings(claims.GetProperty("role")));
        Assert.Equal("0001", claims.GetProperty("center").GetString());
        Assert.Equal(["com-0001-a", "com-0001-b"], Strings(claims.GetProperty("commissions")));
        Assert.Equal(3600, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.DoesNotContain("Murat", claims.GetRawText());
        Assert.Equal("Murat Demoassessor", token.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task ACandidatesTokenCarriesTheirCandidateKeyAndNotTheirIin()
    {
        var claims = Claims((await IssueAsync("candidate.1")).GetProperty("accessToken").GetString()!);

        Assert.True(CandidateKeys.IsCandidateKey(claims.GetProperty("candidate").GetString()));
        Assert.DoesNotContain("900515300018", claims.GetRawText());
    }

    [Fact]
    public void TheDemoAccountsCoverEveryRoleAndTwoCenters()
    {
        var accounts = platform.Services.GetRequiredService<DemoAccounts>().All.ToList();

        Assert.Empty(Roles.All.Except(accounts.SelectMany(account => account.Roles)));
        Assert.Equal(["0001", "0002"], accounts.Where(account => account.Roles.Contains(Roles.Registrar)).Select(account => account.Center).Order());
        Assert.Equal(2, accounts.Count(account => account.Roles.Contains(Roles.Candidate) && account.Iin is not null));
        Assert.All(accounts.Where(account => account.Center is not null), account => Assert.Matches("^[0-9]{4}$", account.Center!));
    }

    [Fact]
    public async Task AnUnknownAccountIsA404Problem()
    {
        using var response = await platform.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account = "root" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyOrAlteredIsRefused()
    {
        var genuine = await platform.TokenAsync("registrar.0001");
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentTokenIssuer.Issuer,
            Audience = "qualification-recognition",
            Claims = new Dictionary<string, object> { ["sub"] = "administrator", ["role"] = "administrator" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256),
        });
        var parts = genuine.Split('.');
        var altered = $"{parts[0]}.{Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("registrar", "administrator"))}.{parts[2]}";

        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(genuine));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(forged));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(altered));
    }

    [Theory]
    [InlineData("administrator", "/dashboard/", HttpStatusCode.OK)]
    [InlineData("registrar.0001", "/dashboard/", HttpStatusCode.Redirect)]
    [InlineData("administrator", "/api/v1/audit", HttpStatusCode.OK)]
    [InlineData("registrar.0001", "/api/v1/audit", HttpStatusCode.Forbidden)]
    public async Task TheBrowserSignInCookieOpensWhatTheAccountsRolesOpenAndNothingElse(string account, string path, HttpStatusCode expected)
    {
        using var signIn = await platform.Http.GetAsync($"/api/v1/dev/sign-in?account={account}&returnUrl=/");
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        // Lax, not Strict: the identity provider's redirect back must carry it; another site still cannot post with it.
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var response = await platform.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/sign-in?", response.Headers.Location?.PathAndQuery);
            Assert.Contains("denied=1", response.Headers.Location?.Query);
        }
    }

    [Fact]
    public void TheIssuerRefusesToExistOutsideDevelopment()
    {
        var services = platform.Services;
        var thrown = Assert.Throws<InvalidOperationException>(() => new DevelopmentTokenIssuer(
            Environment("Production"),
            services.GetRequiredService<IOptions<PlatformAuthOptions>>(),
            services.GetRequiredService<PlatformSecrets>(),
            services.GetRequiredService<IinProtector>(),
            TimeProvider.System));

        Assert.Contains("Development", thrown.Message);
    }

    [Fact]
    public void OutsideDevelopmentMissingSecretsStopTheStartWithOneMessageNamingThem()
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => SecretsBootstrap.Ensure(new ConfigurationManager(), Environment("Production")));

        Assert.Contains(SecretNames.IinHashKey, thrown.Message);
        Assert.Contains(SecretNames.ProctoringTokenKey, thrown.Message);
        Assert.Contains(SecretNames.IinEncryptionKeyId, thrown.Message);
        Assert.DoesNotContain(SecretNames.DevelopmentSigningKey, thrown.Message);
    }

    [Fact]
    public void OutsideDevelopmentTheDevelopmentEndpointsAreNotMapped()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = platform.Database,
            ["Platform:Auth:Authority"] = "https://idp.example.kz/realms/qrp",
            ["Platform:Auth:Site:ClientId"] = "qrp-site",
            [SecretNames.IinEncryptionKeyId] = "k1",
            [$"{SecretNames.IinEncryptionKeys}:k1"] = ProctoringTokenTests.NewKey(),
            [SecretNames.IinHashKey] = ProctoringTokenTests.NewKey(),
            [SecretNames.ProctoringTokenKey] = ProctoringTokenTests.NewKey(),
        });
        builder.AddPlatformFrontend();
        var app = builder.Build();
        app.MapPlatform();

        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText).ToList();
        Assert.Contains(routes, route => route!.Contains("/api/v1/audit"));
        Assert.DoesNotContain(routes, route => route!.Contains("/dev/"));
        Assert.Null(app.Services.GetService<DevelopmentTokenIssuer>());
    }

    [Fact]
    public void OutsideDevelopmentAFrontendWithoutAnIdentityProviderDoesNotStart()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = platform.Database,
            [SecretNames.IinEncryptionKeyId] = "k1",
            [$"{SecretNames.IinEncryptionKeys}:k1"] = ProctoringTokenTests.NewKey(),
            [SecretNames.IinHashKey] = ProctoringTokenTests.NewKey(),
            [SecretNames.ProctoringTokenKey] = ProctoringTokenTests.NewKey(),
        });

        var thrown = Assert.Throws<InvalidOperationException>(() => builder.AddPlatformFrontend());

        Assert.Contains("Platform:Auth:Authority", thrown.Message);
    }

    [Fact]
    public void OutsideDevelopmentAnIdentityProviderWithoutTheSitesClientDoesNotStart()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = platform.Database,
            ["Platform:Auth:Authority"] = "https://idp.example.kz/realms/qrp",
            [SecretNames.IinEncryptionKeyId] = "k1",
            [$"{SecretNames.IinEncryptionKeys}:k1"] = ProctoringTokenTests.NewKey(),
            [SecretNames.IinHashKey] = ProctoringTokenTests.NewKey(),
            [SecretNames.ProctoringTokenKey] = ProctoringTokenTests.NewKey(),
        });

        var thrown = Assert.Throws<InvalidOperationException>(() => builder.AddPlatformFrontend());

        Assert.Contains("Platform:Auth:Site:ClientId", thrown.Message);
    }

    [Fact]
    public void InDevelopmentGeneratedSecretsAreKeptInTheDataFolderForTheOwnerOnly()
    {
        var file = Path.Combine(PlatformHosts.TestDataDirectory, "secrets", SecretsBootstrap.FileName);
        var again = new ConfigurationManager();
        again.AddInMemoryCollection(new Dictionary<string, string?> { [PlatformDataDirectory.Key] = PlatformHosts.TestDataDirectory });

        SecretsBootstrap.Ensure(again, Environment("Development"));

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal(platform.Services.GetRequiredService<PlatformSecrets>().IinHashKey, PlatformSecrets.From(again).IinHashKey);
    }

    private static HostingEnvironment Environment(string name) => new()
    {
        EnvironmentName = name,
        ContentRootPath = Path.Combine(RepositoryRoot.Path, "src", "Frontend"),
    };

    private async Task<JsonElement> IssueAsync(string account)
    {
        using var response = await platform.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpStatusCode> StatusWithAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/test/centers/0001/cases/case-1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await platform.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static JsonElement Claims(string jwt) => JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1])).RootElement;

    private static string[] Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(item => item.GetString()!).ToArray() : [value.GetString()!];
}
