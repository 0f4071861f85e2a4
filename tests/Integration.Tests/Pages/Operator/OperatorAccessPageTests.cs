using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>The operator's pages are the national operator's (and administrators'): a registrar or a candidate is told they cannot open them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OperatorAccessPageTests(PlatformFixture platform) : BrowserTest
{
    private static readonly string[] Pages =
        ["/operator", "/operator/centers/0001", "/operator/deadlines", "/operator/cases/case-m", "/operator/registry", "/operator/audit", "/operator/statistics"];

    [Theory]
    [InlineData("registrar.0001")]
    [InlineData("candidate.1")]
    public async Task AnotherRoleIsToldItCannotOpenThem(string account)
    {
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(platform.Frontend.Address, account, "/");

        foreach (var path in Pages)
        {
            await page.GotoAsync(new Uri(platform.Frontend.Address, path).ToString());
            Assert.StartsWith("/sign-in", new Uri(page.Url).PathAndQuery);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot open that page");
        }
    }
}
