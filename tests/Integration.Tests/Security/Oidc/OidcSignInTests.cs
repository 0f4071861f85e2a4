using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Security.Oidc;

/// <summary>
/// Issue 13: outside Development the site signs in through OpenID Connect — here against a stand-in provider in the
/// test process (<see cref="StandInProvider"/>) — and the API takes that provider's access tokens for its audience only.
/// </summary>
public sealed partial class OidcSignInTests(OidcFixture platform) : BrowserTest, IClassFixture<OidcFixture>
{
    private Uri Site => platform.Site;

    [Fact]
    public async Task APageNeedingSignInLeadsThroughTheProvidersLoginBackToItSignedInWithTheRoles()
    {
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        var seen = new List<string>();
        page.Response += (_, response) => seen.Add($"{response.Status} {response.Url} {response.Headers.GetValueOrDefault("location")}");
        await page.GotoAsync(new Uri(Site, "/dashboard/").ToString());
        await Expect(page).ToHaveURLAsync(SignInForDashboard());
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with the identity provider" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stand-in identity provider" })).ToBeVisibleAsync();
        Assert.Equal(platform.Provider.Address.Authority, new Uri(page.Url).Authority);
        await page.GetByRole(AriaRole.Button, new() { Name = StandInPerson.Administrator.Name }).ClickAsync();

        try
        {
            await page.WaitForURLAsync(new Uri(Site, "/dashboard/").ToString(), new() { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(string.Join("\n", seen) + "\n" + page.Url + "\n" + await page.ContentAsync());
        }

        await page.GotoAsync(Site.ToString());
        var header = page.Locator("header");
        await Expect(header).ToContainTextAsync(StandInPerson.Administrator.Name);
        await Expect(header).ToContainTextAsync("(administrator)");
    }

    [Fact]
    public async Task ThePersonsRolesAndCenterOpenTheirPagesAndSignOutEndsTheSiteSession()
    {
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(new Uri(Site, "/sign-in?returnUrl=%2F").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with the identity provider" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = StandInPerson.Head.Name }).ClickAsync();
        await page.WaitForURLAsync(Site.ToString());

        var header = page.Locator("header");
        await Expect(header).ToContainTextAsync(StandInPerson.Head.Name);
        await Expect(header).ToContainTextAsync("head of center");
        await Expect(header).ToContainTextAsync("registrar");
        await page.AssertAccessibleAsync();
        // The site's cookie opens the API for the same person: their center's cases, not another center's.
        Assert.Equal(200, (await page.APIRequest.GetAsync(new Uri(Site, "/api/v1/centers/0001/cases").ToString())).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync(new Uri(Site, "/api/v1/centers/0002/cases").ToString())).Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.WaitForURLAsync(Site.ToString());
        await Expect(header).ToContainTextAsync("Sign in");
        await Expect(header).Not.ToContainTextAsync(StandInPerson.Head.Name);
        Assert.Equal(401, (await page.APIRequest.GetAsync(new Uri(Site, "/api/v1/centers/0001/cases").ToString())).Status);
    }

    [Fact]
    public async Task TheDevelopmentSignInDoesNotExist()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Site };

        using var link = await http.GetAsync("/api/v1/dev/sign-in?account=administrator&returnUrl=/");
        using var tokens = await http.PostAsync("/api/v1/dev/tokens", JsonContent("""{"account":"administrator"}"""));

        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tokens.StatusCode);
        Assert.False(link.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AnAccessTokenFromTheProviderForThePlatformIsAcceptedAndOneForAnotherAudienceIsNot()
    {
        var genuine = await AccessTokenAsync(StandInProvider.ApiClient, StandInPerson.Administrator);
        var elsewhere = await AccessTokenAsync(StandInProvider.OtherClient, StandInPerson.Administrator);

        var claims = Claims(genuine);
        Assert.Equal(StandInProvider.PlatformAudience, Strings(claims.GetProperty("aud")).Single());
        Assert.Equal(["administrator"], Strings(claims.GetProperty("role")));
        Assert.Equal(StandInProvider.OtherAudience, Strings(Claims(elsewhere).GetProperty("aud")).Single());

        Assert.Equal(HttpStatusCode.OK, await AuditStatusAsync(genuine));
        Assert.Equal(HttpStatusCode.Unauthorized, await AuditStatusAsync(elsewhere));
        Assert.Equal(HttpStatusCode.Unauthorized, await AuditStatusAsync(null));
    }

    [Fact]
    public async Task ATokenCarriesTheRolesCommissionsAndCenterAsThePlatformReadsThem()
    {
        var token = await AccessTokenAsync(StandInProvider.ApiClient, StandInPerson.CommissionMember);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/centers/0001/cases");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var http = new HttpClient { BaseAddress = Site };

        var claims = Claims(token);
        using var response = await http.SendAsync(request);
        var head = Claims(await AccessTokenAsync(StandInProvider.ApiClient, StandInPerson.Head));

        Assert.Equal(["com-0001-a", "com-0001-b"], Strings(claims.GetProperty("commissions")));
        Assert.Equal("0001", claims.GetProperty("center").GetString());
        Assert.Equal(JsonValueKind.Array, head.GetProperty("role").ValueKind);
        Assert.Equal(["registrar", "head"], Strings(head.GetProperty("role")));
        // The center claim is read as the provider issued it: the member's center opens, another center does not.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/centers/0002/cases");
        other.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var elsewhere = await http.SendAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    private async Task<string> AccessTokenAsync(string client, StandInPerson person)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(platform.Provider.Address, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = client,
            ["client_secret"] = StandInProvider.ClientSecret,
            ["username"] = person.Subject,
            ["password"] = StandInProvider.Password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpStatusCode> AuditStatusAsync(string? token)
    {
        using var http = new HttpClient { BaseAddress = Site };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static JsonElement Claims(string jwt) => JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1])).RootElement;

    private static string[] Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(item => item.GetString()!).ToArray() : [value.GetString()!];

    [GeneratedRegex("/sign-in\\?returnUrl=%2Fdashboard%2F$")]
    private static partial Regex SignInForDashboard();
}
