using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Sittings.Live;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Live;

/// <summary>
/// Issue 14, the exam day's live dashboard (/center/{n}/live, SPEC §5): the center's sittings with the candidates' names,
/// rendered by the server, then kept current from the hub without a reload; by keyboard, on a phone; only for the
/// center's own staff and commission.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveDashboardTests(LiveFixture platform) : LivePageTest(platform)
{
    private static readonly Regex Theory = new("^Идёт теоретический этап$");

    [Fact]
    public async Task StaffSeeTheNamedSittingsAndAProctoringEventShowsWithoutReload()
    {
        var page = await PageAsync("registrar.0001", "ru", "/center/0001/live");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Экзамены в реальном времени: центр 0001");
        foreach (var (sittingId, name) in Platform.Waiting)
        {
            await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true })).ToHaveCountAsync(1);
            await Expect(page.Locator($"#row-{sittingId} .c-state")).ToHaveTextAsync("Назначена");
        }

        var row = page.Locator($"#row-{Platform.First}");
        await Expect(row.Locator(".c-name")).ToHaveTextAsync("Демокандидатов Тимур Ержанұлы");
        await Expect(row.Locator(".c-state")).ToHaveTextAsync(Theory);
        await Expect(row.Locator(".c-left")).ToHaveTextAsync(new Regex(@"^0[01]:\d\d:\d\d$"));
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("В эфире: изменения появляются сразу.", new() { Timeout = 20_000 });
        Assert.DoesNotContain("cand-", await page.ContentAsync()); // names, never the candidates' keys
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("live-ru");

        // The proctoring service reports a suspicious event (SPEC §5): the open page shows it, unconfirmed, no reload.
        await page.EvaluateAsync("() => window.notReloaded = true");
        await IngestAsync(Platform.First, LiveSittings.Candidate, LiveSittings.Suspicious(Platform.First, World.Clock.GetUtcNow()));
        await Expect(row.Locator(".c-suspicious")).ToHaveTextAsync("1 (0)", new() { Timeout = 20_000 });
        await Expect(row).ToHaveClassAsync("attention");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));

        // Needing attention: the filter keeps that row and hides the waiting ones.
        await page.GetByLabel("Показать").SelectOptionAsync("attention");
        await Expect(row).ToBeVisibleAsync();
        await Expect(page.Locator($"#row-{Platform.Waiting[0].SittingId}")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TheDashboardReadsInKazakhOnAPhoneAndWithoutScript()
    {
        var page = await PageAsync("head.0001", "kk", "/center/0001/live", width: 360);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Тікелей емтихандар: 0001 орталығы");
        await Expect(page.Locator($"#row-{Platform.Second} .c-state")).ToHaveTextAsync("Теориялық кезең өтуде");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Тікелей эфир: өзгерістер бірден көрсетіледі.", new() { Timeout = 20_000 });
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("live-phone-kk");

        var wide = await PageAsync("commission.0001.a", "kk", "/center/0001/live");
        await Expect(wide.Locator($"#row-{Platform.Second} .c-case a")).ToHaveCountAsync(0); // the case's page is the staff's
        var tableWidth = await wide.Locator("#live-board").EvaluateAsync<double>("t => t.getBoundingClientRect().right");
        Assert.True(tableWidth <= 1280, $"the table ends at {tableWidth} px on a 1280 px screen");
        await wide.KeepScreenshotAsync("live-kk");

        var scriptless = await PageAsync("registrar.0001", "kk", "/center/0001/live?show=running", javaScript: false);
        await Expect(scriptless.Locator($"#row-{Platform.Second} .c-name")).ToHaveTextAsync("Демокандидатов Тимур Ержанұлы");
        await Expect(scriptless.Locator("#live-status")).ToHaveTextAsync("Жүктелген сәттегі күйі көрсетілген; соңғы деректерді көру үшін бетті жаңартыңыз.");
        await Chromium.AssertAccessibleWithoutScriptAsync(scriptless);
    }

    [Fact]
    public async Task TheKeyboardReachesTheFilterAndASittingsPage()
    {
        var page = await PageAsync("commission.0001.b", "ru", "/center/0001/live");
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("В эфире: изменения появляются сразу.", new() { Timeout = 20_000 });
        await page.Locator("#live-show").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // "Требующие внимания"
        await Expect(page.Locator("#live-show")).ToHaveValueAsync("attention");
        await page.GetByLabel("Показать").SelectOptionAsync("all");
        var link = page.Locator($"#row-{Platform.Second} .c-name a");
        for (var i = 0; i < 60 && !await link.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/center/0001/live/{Platform.Second}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Экзамен: Демокандидатов Тимур Ержанұлы");
    }

    [Fact]
    public async Task AnotherCentersStaffFindNothingAndACandidateIsDenied()
    {
        var other = await PageAsync("registrar.0002", "ru", "/center/0001/live");
        Assert.Equal(404, (await other.ReloadAsync())!.Status);
        await Expect(other.Locator("body")).Not.ToContainTextAsync("Демокандидатов");
        var sitting = await other.GotoAsync(new Uri(Platform.Site, $"/center/0001/live/{Platform.First}").ToString());
        Assert.Equal(404, sitting!.Status);
        await other.AssertAccessibleAsync();

        var candidate = await PageAsync(LiveSittings.Candidate, "ru", "/center/0001/live");
        await Expect(candidate).ToHaveURLAsync(new Regex("/sign-in\\?.*denied=1")); // the site's answer to a forbidden page
        await Expect(candidate.Locator("body")).Not.ToContainTextAsync("Тікелейбаев");

        // The old address sends staff to their center's dashboard.
        var staff = await PageAsync("registrar.0001", "ru", "/center.html");
        await Expect(staff).ToHaveURLAsync(new Regex("/center/0001/live$"));
        // And the national operator to the national picture (the old development-only watcher is gone).
        var national = await PageAsync("operator", "ru", "/center.html");
        await Expect(national).ToHaveURLAsync(new Regex("/operator$"));
    }
}
