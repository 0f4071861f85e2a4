using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Domain.Calendar;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Frontend.Site.SiteText;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// The staff of center 0001 at their pages in one private world (its procedure clock moved by the test), each person in a
/// browser of their own at a phone's width (390×844) and in one language: every staff step is a form posted in a page.
/// Each page state reached is checked by axe and for fitting the phone's screen, and kept as a <c>journey-*</c> screenshot.
/// </summary>
public sealed class StaffDesks(World world, IBrowser chromium, string language)
{
    private readonly Dictionary<string, IPage> _pages = [];

    public World World => world;

    public string Language => language;

    public Uri Site => world.Frontend.Address;

    /// <summary>Today in Almaty by the procedure's clock.</summary>
    public DateOnly Today => KazakhstanTime.DateOf(world.Clock.GetUtcNow());

    /// <summary>Moves the procedure's clock to 10:00 Almaty time of the next working day.</summary>
    public void NextWorkingDay()
    {
        var day = WorkingCalendar.Shipped().AddWorkingDays(Today, 1);
        world.Clock.SetUtcNow(new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5)));
    }

    /// <summary>A text of the pages' tables in the test's language, its arguments filled in.</summary>
    public string Text(string key, params object[] arguments) => string.Format(In(language, key), arguments);

    /// <summary>The page of <paramref name="account"/> (signed in once, in the test's language), opened at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string account, string path)
    {
        if (!_pages.TryGetValue(account, out var page))
        {
            var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
            page = await context.NewPageAsync();
            await page.SignInAsync(Site, account, "/");
            await page.GotoAsync(new Uri(Site, $"/language/{language}?returnUrl=%2F").ToString());
            _pages[account] = page;
        }

        var response = await page.GotoAsync(new Uri(Site, path).ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>
    /// Posts the button's form by keyboard (Enter on the focused button: a click may wait forever for the navigation in
    /// Debian's Chromium) and answers the status the action earned.
    /// </summary>
    public static async Task<int> SubmitAsync(IPage page, ILocator button)
    {
        await button.FocusAsync();
        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"),
            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        if (response.Status == 303)
        {
            await page.WaitForURLAsync(new Regex("[?&]done="), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }

        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return response.Status;
    }

    /// <summary>
    /// Posts a form that must succeed — redirect after post: 303 to the resulting page, what was done named in its
    /// address (<c>?done=</c>) — then checks the page state and keeps its screenshot.
    /// </summary>
    public async Task PostedAsync(IPage page, ILocator button, string screenshot)
    {
        var status = await SubmitAsync(page, button);
        Assert.True(status == 303, $"{page.Url} answered {status}: {await page.Locator("main").InnerTextAsync()}");
        Assert.Contains("done=", page.Url, StringComparison.Ordinal);
        await SeenAsync(page, screenshot);
    }

    /// <summary>axe-core on the page state, and its screenshot as <c>journey-{name}-{language}</c>.</summary>
    public async Task SeenAsync(IPage page, string name)
    {
        await page.AssertAccessibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{page.Url} is wider than the phone's screen (WCAG 1.4.10): {await page.EvaluateAsync<string>(WiderThanTheScreen)}");

        await page.KeepScreenshotAsync($"journey-{name}-{language}");
    }

    /// <summary>The elements that reach past the screen's right edge, innermost first: what to fix when a page is too wide.</summary>
    private const string WiderThanTheScreen = """
        () => [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => !e.parentElement.closest('.table-scroll'))
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
            .slice(0, 5).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + e.className : ''} (${Math.round(e.getBoundingClientRect().right)} px)`).join(', ')
        """;

    public Task<CaseView> CaseAsync(string caseId) => world.Grains.GetGrain<IApplicationGrain>(caseId).Get()!;

    /// <summary>The date in the page language as the pages write it ("17 наурыз 2026").</summary>
    public string Date(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(language == "kk" ? "kk-KZ" : "ru-RU"));

    /// <summary>The registrar concludes the contract on the review page (P5): the exam notice is then due (P6).</summary>
    public async Task ContractAsync(string caseId)
    {
        var page = await OpenAsync("registrar.0001", $"/center/0001/cases/{caseId}");
        await SeenAsync(page, "review");
        await PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = Text("Center.Contract.Button") }), "contract");
        await Expect(page.Locator("main")).ToContainTextAsync(Text("Center.Contract.Done"));
        Assert.Equal(Domain.Procedure.ApplicationState.ContractConcluded, (await CaseAsync(caseId)).State);
    }

    /// <summary>
    /// The registrar sends the offline exam notice from the scheduling page (P6) for the earliest day the calendar allows,
    /// 10:00 Almaty time, in the center's first room; answers the exam's start.
    /// </summary>
    public async Task<DateTimeOffset> NoticeAsync(string candidateName, string screenshot = "schedule", string? reason = null)
    {
        var page = await OpenAsync("registrar.0001", "/center/0001/schedule");
        var row = page.Locator("table.waiting tbody tr").Filter(new() { HasText = candidateName });
        await Expect(row).ToContainTextAsync(reason ?? Text("Schedule.Reason.First"));
        var day = Domain.Deadlines.ExamDateWindow.For(WorkingCalendar.Shipped(), Today).Earliest;
        await Expect(page.Locator($"td[data-date='{day:yyyy-MM-dd}']").GetByRole(AriaRole.Link)).ToBeVisibleAsync(); // allowed (P6)
        await page.GetByLabel(candidateName, new() { Exact = true }).CheckAsync();
        await page.Locator("#date").FillAsync($"{day:yyyy-MM-dd}");
        await page.Locator("#time").FillAsync("10:00");
        await page.Locator("#room").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await SeenAsync(page, screenshot);
        await PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = Text("Schedule.Notice.Submit") }), screenshot + "-sent");
        await Expect(page.Locator("#notice-results")).ToContainTextAsync(Text("Schedule.Notices.Done"));
        return new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
    }

    /// <summary>
    /// The head forms a commission on the signing desk (P9; P21-1 for an appeal commission, with the case chosen). With
    /// <paramref name="shared"/> the account named sat on the case's examination commission: refused (409), member by member.
    /// </summary>
    public async Task FormAsync(string id, bool appeal, string? caseId, (string Subject, string Name, string Role)[] members, string? shared = null)
    {
        var page = await OpenAsync("head.0001", "/center/0001/signing");
        var section = page.GetByRole(AriaRole.Region, new() { Name = Text(appeal ? "Signing.Appeal.Title" : "Signing.Examination.Title") });
        if (caseId is not null)
        {
            await section.GetByLabel(Text("Signing.Appeal.Case")).SelectOptionAsync(caseId);
        }

        await section.GetByLabel(Text("Signing.Form.Id"), new() { Exact = true }).FillAsync(id);
        for (var i = 0; i < members.Length; i++)
        {
            var row = section.GetByRole(AriaRole.Group, new() { Name = Text("Signing.Member.Legend", i + 1), Exact = true });
            await row.GetByLabel(Text("Signing.Member.Subject"), new() { Exact = true }).FillAsync(members[i].Subject);
            await row.GetByLabel(Text("Signing.Member.Name"), new() { Exact = true }).FillAsync(members[i].Name);
            await row.GetByLabel(Text("Signing.Member.Role"), new() { Exact = true }).SelectOptionAsync(members[i].Role);
        }

        var name = appeal ? "signing-appeal-commission" : "signing-commission";
        var button = section.GetByRole(AriaRole.Button, new() { Name = Text(appeal ? "Signing.Appeal.Submit" : "Signing.Examination.Submit") });
        if (shared is not null)
        {
            Assert.Equal(409, await SubmitAsync(page, button));
            await Expect(section.GetByRole(AriaRole.Alert)).ToContainTextAsync("21-1");
            var separation = section.GetByRole(AriaRole.Table, new() { Name = Text("Signing.Appeal.Separation") });
            await Expect(separation.GetByRole(AriaRole.Row).Filter(new() { HasText = shared })).ToContainTextAsync(Text("Signing.Appeal.Sat"));
            await SeenAsync(page, name + "-refused");
            return;
        }

        await SeenAsync(page, name);
        await PostedAsync(page, button, name + "-formed");
        await Expect(section.GetByRole(AriaRole.Status)).ToContainTextAsync(Text(appeal ? "Signing.AppealFormed.Done" : "Signing.ExamFormed.Done"));
    }

    /// <summary>The head signs the certificate on the signing desk (P18), the document previewed there; answers its serial.</summary>
    public async Task<string> SignCertificateAsync(string caseId, string candidateName, string screenshot = "signing-certificate")
    {
        var page = await OpenAsync("head.0001", "/center/0001/signing");
        var item = page.GetByRole(AriaRole.Article).Filter(new() { HasText = caseId[5..13] });
        await Expect(item.Locator("iframe")).ToHaveAttributeAsync("title", Text("Signing.Preview", candidateName));
        await SeenAsync(page, screenshot);
        await PostedAsync(page, item.GetByRole(AriaRole.Button, new() { Name = Text("Signing.IssueCertificate") }), screenshot + "-issued");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Text("Signing.Issued.Done"));
        var view = await CaseAsync(caseId);
        Assert.Equal(Domain.Procedure.ApplicationState.CertificateIssued, view.State);
        return view.CertificateSerial!;
    }

    /// <summary>Anyone at /verify types the serial: the certificate is valid, in the holder's name.</summary>
    public async Task VerifyAsync(string serial, string holder)
    {
        var page = await chromium.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(new Uri(Site, $"/language/{language}?returnUrl=%2Fverify").ToString());
        await page.GetByLabel(Text("Verify.SerialLabel"), new() { Exact = true }).FillAsync(serial);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(Regex.Escape(Text("Verify.Valid"))));
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = holder })).ToBeVisibleAsync();
        await Expect(page.Locator("dd.serial")).ToHaveTextAsync(serial);
        await SeenAsync(page, "verify");
    }
}
