using Microsoft.Playwright;
using Platform.Domain.Procedure;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Commission;
using Platform.Integration.Tests.Sittings.Live;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Signing;

/// <summary>
/// Issue 14, P13 online and P14: the act drafted when an online sitting was terminated is the commission's — the head
/// reads it on the signing desk (its PDF previewed, no time limit in the Rules) and the commission's members sign it on
/// their desk, ticked from the commission's membership; it then goes to the personal file and leaves both desks. A
/// platform of its own: the online exam is on a fixed day the shared desk clock may have passed.
/// </summary>
public sealed class SigningViolationTests : BrowserTest
{
    private static readonly Actor Examiner = new("commission.0001.a", Roles.CommissionMember, "0001");

    [Fact]
    public async Task AnOnlineTerminationsActIsReadByTheHeadAndSignedOnTheCommissionsDesk()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var caseId = await LiveSittings.ScheduledAsync(world, "ru");
        var sittingId = await LiveSittings.CaseInTheoryAsync(world, caseId, LiveSittings.Candidate);
        await TerminateAsync(world, sittingId);
        var site = world.Frontend.Address;

        var head = await PageAsync(world, "head.0001", "ru", "/center/0001/signing");
        var acts = head.GetByRole(AriaRole.Region, new() { Name = "Акты о нарушении (п. 14)" });
        var item = acts.GetByRole(AriaRole.Article, new() { Name = $"Акт о нарушении — {DeskJourney.CandidateName}" });
        await Expect(item).ToContainTextAsync("Правилами срок не установлен");
        await Expect(item).ToContainTextAsync("Повторное нарушение: процедура автоматически завершена");
        await Expect(item.GetByRole(AriaRole.Button)).ToHaveCountAsync(0); // the head signs nothing here (P14)
        var pdf = await head.APIRequest.GetAsync(new Uri(site, (await item.Locator("iframe").GetAttributeAsync("src"))!).ToString());
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await head.AssertAccessibleAsync();
        await head.KeepScreenshotAsync("signing-violation-ru");

        var otherHead = await PageAsync(world, "head.0002", "kk", "/");
        Assert.Equal(404, (await otherHead.APIRequest.GetAsync(new Uri(site, $"/center/0001/signing/cases/{caseId}/violation-act.pdf?lang=ru").ToString())).Status);

        var member = await PageAsync(world, "commission.0001.a", "kk", "/commission/com-0001-a");
        var waiting = member.GetByRole(AriaRole.Region, new() { Name = "Қол қоюды күтіп тұрған бұзушылық туралы актілер (14-т.)" });
        await waiting.GetByRole(AriaRole.Link, new() { Name = DeskJourney.CandidateName }).ClickAsync();
        var form = member.GetByRole(AriaRole.Region, new() { Name = "Қол қоюға арналған бұзушылық туралы акт (13, 14-т.)" });
        await Expect(form).ToBeVisibleAsync();
        await member.AssertAccessibleAsync();

        // Bad input: no member ticked — named at the field, 400, nothing signed.
        await form.GetByLabel("Гүлнар Демоэкзаменатор — төраға").UncheckAsync();
        Assert.Equal(400, (await SubmitAsync(member, form.GetByRole(AriaRole.Button, new() { Name = "Бұзушылық туралы актіге қол қою" }))).Status);
        await Expect(member.Locator("#online-signatories-error")).ToHaveTextAsync("Актіге қол қоятын кемінде бір мүшені белгілеңіз.");
        Assert.False((await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get())!.ViolationActSigned);
        await member.AssertAccessibleAsync();

        form = member.GetByRole(AriaRole.Region, new() { Name = "Қол қоюға арналған бұзушылық туралы акт (13, 14-т.)" });
        await form.GetByLabel("Гүлнар Демоэкзаменатор — төраға").CheckAsync();
        await form.GetByLabel("Әсел Демохатшы — хатшы").CheckAsync();
        Assert.Equal(303, (await SubmitAsync(member, form.GetByRole(AriaRole.Button, new() { Name = "Бұзушылық туралы актіге қол қою" }))).Status);
        Assert.EndsWith("?done=Online", member.Url, StringComparison.Ordinal);
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Бұзушылық туралы актіге қол қойылып, жеке іске салынды.");
        await member.AssertAccessibleAsync();
        await member.KeepScreenshotAsync("commission-violation-online-kk");

        var act = await World.EventuallyAsync(() => FiledActAsync(world, caseId), a => a is not null, "the signed act is in the personal file");
        Assert.Equal(["Гүлнар Демоэкзаменатор", "Әсел Демохатшы"], act!.Members.Select(m => m.FullName));
        Assert.Equal(ViolationActOutcome.Terminated, act.Outcome);

        await head.ChooseLanguageAsync("kk");
        await head.GotoAsync(new Uri(site, "/center/0001/signing").ToString());
        await Expect(head.GetByRole(AriaRole.Region, new() { Name = "Бұзушылық туралы актілер (14-т.)" })).ToContainTextAsync("Қол қоюды күтіп тұрған бұзушылық туралы акт жоқ.");
        await head.AssertAccessibleAsync();
        await head.KeepScreenshotAsync("signing-violation-kk");
    }

    /// <summary>P13 online: a phone seen and warned of, then several faces confirmed — the sitting is terminated, its act drafted.</summary>
    private static async Task TerminateAsync(World world, string sittingId)
    {
        var sitting = world.Grains.GetGrain<IExamSessionGrain>(sittingId);
        var t0 = world.Clock.GetUtcNow();
        await sitting.Ingest([LiveSittings.Item(sittingId, t0)]);
        world.Clock.SetUtcNow(t0.AddSeconds(5));
        Assert.True((await sitting.AcknowledgeWarningDelivered()).Accepted);
        var faces = LiveSittings.Suspicious(sittingId, t0.AddMinutes(4));
        await sitting.Ingest([faces]);
        world.Clock.SetUtcNow(t0.AddMinutes(5));
        Assert.Equal(SittingState.Terminated, (await sitting.ConfirmViolation(new ConfirmViolation(faces.Id, Examiner))).Sitting!.State);
        await World.EventuallyAsync(() => sitting.Get(), view => view?.ViolationAct is not null, "the violation act is drafted");
    }

    private static async Task<ViolationAct?> FiledActAsync(World world, string caseId)
    {
        var view = await world.Grains.GetGrain<IApplicationGrain>(caseId).Get();
        var candidate = world.Grains.GetGrain<ICandidateGrain>(view!.CandidateKey);
        var header = (await candidate.GetPersonalFile()).FirstOrDefault(d => d.CaseReference == caseId && d.Kind == DocumentKind.ViolationAct);
        return header is null ? null : (await candidate.GetDocument(header.DocumentId))!.Content as ViolationAct;
    }

    private async Task<IPage> PageAsync(World world, string account, string language, string path)
    {
        var page = await (await Chromium.NewContextAsync()).NewPageAsync();
        await page.SignInAsync(world.Frontend.Address, account, "/");
        await page.ChooseLanguageAsync(language);
        await page.GotoAsync(new Uri(world.Frontend.Address, path).ToString());
        return page;
    }

    private static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");
        if (response.Status == 303)
        {
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("[?&]done=")); // redirect after post: the page that shows the result
        }

        await page.WaitForLoadStateAsync();
        return response;
    }
}
