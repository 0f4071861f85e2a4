using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// What the browser tests do on the site: sign in through the Development link, choose a language as a person does,
/// check a page with axe-core (WCAG 2.1 AA), and keep a screenshot for <c>docs/screens/</c> when asked to.
/// </summary>
public static class SitePages
{
    /// <summary>The rule sets of WCAG 2.0 and 2.1, levels A and AA (P10–P11: usable by persons with disabilities).</summary>
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Signs the page's browser in as a demo account and opens <paramref name="path"/>.</summary>
    public static async Task SignInAsync(this IPage page, Uri site, string account, string path = "/")
    {
        var response = await page.GotoAsync(new Uri(site, $"/api/v1/dev/sign-in?account={Uri.EscapeDataString(account)}&returnUrl={Uri.EscapeDataString(path)}").ToString());
        Assert.True(response?.Ok, $"the sign-in of {account} answered {response?.Status}");
    }

    /// <summary>Chooses a language with the header's switch, as a person does; the choice persists.</summary>
    public static async Task ChooseLanguageAsync(this IPage page, string language)
    {
        await page.Locator($"nav.languages a[hreflang='{language}']").ClickAsync();
        await page.WaitForSelectorAsync($"html[lang='{language}']");
    }

    /// <summary>Fails with every violation's rule, impact and elements when axe-core finds any.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe-core found {result.Violations.Length} WCAG 2.1 AA violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                report.Append($"\n    {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>
    /// axe-core on what a page without script shows (axe runs in the page, so it cannot run there): the same HTML — the
    /// answer to the form's post, or the page read again — replayed at its address in a page of <paramref name="browser"/>
    /// with script, and checked there.
    /// </summary>
    public static async Task AssertAccessibleWithoutScriptAsync(this IBrowser browser, IPage scriptless, IResponse? posted = null)
    {
        var html = posted is not null ? await posted.TextAsync() : await (await scriptless.APIRequest.GetAsync(scriptless.Url)).TextAsync();
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync(scriptless.Url, route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        await page.GotoAsync(scriptless.Url);
        await page.AssertAccessibleAsync();
        await context.CloseAsync();
    }

    /// <summary>
    /// With <c>PLATFORM_SCREENSHOTS=1</c> (see <c>scripts/screens.sh</c>), saves the whole page as
    /// <c>docs/screens/{name}.png</c> at a phone's or a desk's width; otherwise does nothing.
    /// </summary>
    public static async Task KeepScreenshotAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_SCREENSHOTS") != "1")
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot.Path, "docs", "screens");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>As <see cref="KeepScreenshotAsync(IPage, string)"/>, of one part of a page (a table, say).</summary>
    public static async Task KeepScreenshotAsync(this ILocator part, string name)
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_SCREENSHOTS") != "1")
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot.Path, "docs", "screens");
        Directory.CreateDirectory(folder);
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }
}
