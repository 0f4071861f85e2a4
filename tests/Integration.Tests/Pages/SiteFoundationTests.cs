using System.Net;
using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages;

/// <summary>Issue 13, foundation: sign-in for the whole site, the layout, the language that persists, 404, axe-core.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SiteFoundationTests(PlatformFixture platform) : BrowserTest
{
    private Uri Site => platform.Frontend.Address;

    [Fact]
    public async Task TheDevelopmentLinkSignsTheBrowserInForTheWholeSiteAndSignOutEndsIt()
    {
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, "registrar.0001", "/sign-in");

        var header = page.Locator("header");
        await Expect(header).ToContainTextAsync("Dana Demoregistrar");
        await Expect(header).ToContainTextAsync("registrar");
        // The same cookie opens the API for the same person (the center's cases), and nothing more.
        Assert.Equal(200, (await page.APIRequest.GetAsync(new Uri(Site, "/api/v1/centers/0001/cases").ToString())).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync(new Uri(Site, "/api/v1/centers/0002/cases").ToString())).Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(header).ToContainTextAsync("Sign in");
        await Expect(header).Not.ToContainTextAsync("Dana Demoregistrar");
        Assert.Equal(401, (await page.APIRequest.GetAsync(new Uri(Site, "/api/v1/centers/0001/cases").ToString())).Status);
    }

    [Fact]
    public async Task ASignInLinkNeverLeadsToAnotherSite()
    {
        var page = await Chromium.NewPageAsync();
        foreach (var target in new[] { "//evil.example/", "/\\evil.example/", "https://evil.example/" })
        {
            await page.SignInAsync(Site, "candidate.1", target);
            Assert.Equal(Site.Authority, new Uri(page.Url).Authority);
        }
    }

    [Fact]
    public async Task TheChosenLanguagePersistsFromPageToPage()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(Site.ToString());
        await page.ChooseLanguageAsync("kk");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Біліктілікті тану платформасы");

        await page.GetByRole(AriaRole.Link, new() { Name = "Кіру", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "kk");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Жүйеге кіру");
        await Expect(page.Locator("nav.languages a[aria-current='true']")).ToHaveTextAsync("Қазақша");
    }

    [Fact]
    public async Task AnUnknownPathIsTheSites404PageWithTheLayout()
    {
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, "candidate.1", "/");
        await page.ChooseLanguageAsync("ru");

        var response = await page.GotoAsync(new Uri(Site, "/no/such/page").ToString());

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Страница не найдена");
        await Expect(page.Locator("header")).ToContainTextAsync("Timur Democandidate");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AnonymousBrowsersAreSentToSignInAndBack()
    {
        var page = await Chromium.NewPageAsync();

        await page.GotoAsync(new Uri(Site, "/dashboard/").ToString());

        Assert.StartsWith("/sign-in", new Uri(page.Url).PathAndQuery);
        Assert.Contains("returnUrl=%2Fdashboard%2F", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Aruzhan Demoadmin" }).ClickAsync();
        Assert.Equal("/dashboard/", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task AnAccountWithoutTheRoleIsToldSoOnTheSignInPage()
    {
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, "candidate.1", "/");

        await page.GotoAsync(new Uri(Site, "/dashboard/").ToString());

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot open that page");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task ThePublicPagesPassAxeCoreInEachLanguage(string language)
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(Site.ToString());
        await page.ChooseLanguageAsync(language);

        foreach (var (path, name) in new[] { ("/", "home"), ("/sign-in", "sign-in") })
        {
            await page.GotoAsync(new Uri(Site, path).ToString());
            await page.AssertAccessibleAsync();
            await page.KeepScreenshotAsync($"{name}-{language}");
        }
    }

    [Fact]
    public async Task OnAPhoneTheHeaderAndTheFormFitTheScreen()
    {
        var context = await Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, DeviceScaleFactor = 2, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.ToString());
        await page.ChooseLanguageAsync("kk");

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");

        Assert.False(overflow, "the home page scrolls sideways on a 360 px phone");
        await page.KeepScreenshotAsync("home-kk-phone");
    }
}
