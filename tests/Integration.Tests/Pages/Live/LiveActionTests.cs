using Microsoft.Playwright;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Sittings.Live;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Live;

/// <summary>
/// Issue 14, the actions of the live dashboard's sitting page (/center/{n}/live/{sittingId}), without script: the
/// commission confirms a suspicious event as a violation (P13) and grants extra time (P10, P11); the desk's technical
/// failure refused by the rule (P11) when the exam is not under way; bad input named at its field.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveActionTests(LiveFixture platform) : LivePageTest(platform)
{
    [Fact]
    public async Task TheCommissionConfirmsAViolationAndGrantsExtraTimeFromThePage()
    {
        var second = Platform.Second;
        var suspicious = LiveSittings.Suspicious(second, World.Clock.GetUtcNow());
        await IngestAsync(second, LiveSittings.SecondCandidate, suspicious);
        var page = await PageAsync("commission.0001.a", "kk", $"/center/0001/live/{second}", javaScript: false);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Емтихан: Демокандидатов Тимур Ержанұлы");
        await Chromium.AssertAccessibleWithoutScriptAsync(page);
        await page.KeepScreenshotAsync("live-sitting-kk");

        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Бұзушылық ретінде растау" });
        var none = await SubmitAsync(page, confirm);
        Assert.Equal(400, none.Status);
        await Expect(page.Locator("#detection-error")).ToHaveTextAsync("Расталатын күдікті оқиғаны таңдаңыз.");
        await Expect(page.Locator("#detection")).ToHaveAttributeAsync("aria-invalid", "true");
        await Chromium.AssertAccessibleWithoutScriptAsync(page, none);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Бірнеше бет", Exact = false }).CheckAsync();
        var confirmed = await SubmitAsync(page, confirm);
        Assert.Equal(303, confirmed.Status); // redirect after post: a reload never confirms twice
        await Expect(page.Locator("#live-outcome")).ToHaveTextAsync("Бұзушылық расталды.");
        var view = await World.Grains.GetGrain<IExamSessionGrain>(second).Get();
        Assert.True(view!.Suspicious.Single(e => e.DetectionId == suspicious.Id).Confirmed);

        await page.GetByLabel("Минут (1-ден 240-қа дейін)").FillAsync("0");
        await page.GetByLabel("Негіздеме").FillAsync("Электр жарығы өшті");
        var zero = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Уақыт беру" }));
        Assert.Equal(400, zero.Status);
        await Expect(page.Locator("#minutes-error")).ToHaveTextAsync("1-ден 240-қа дейінгі минут санын бүтін санмен көрсетіңіз.");
        await Expect(page.GetByLabel("Минут (1-ден 240-қа дейін)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Chromium.AssertAccessibleWithoutScriptAsync(page, zero);

        await page.GetByLabel("Минут (1-ден 240-қа дейін)").FillAsync("15");
        var granted = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Уақыт беру" }));
        Assert.Equal(303, granted.Status);
        await Expect(page.Locator("#live-outcome")).ToHaveTextAsync("Қосымша уақыт берілді.");
        Assert.Equal(15, (await World.Grains.GetGrain<IExamSessionGrain>(second).Get())!.ExtraTimeMinutes);
        await Expect(page.Locator(".live-facts")).ToContainTextAsync("15 мин");
        await Chromium.AssertAccessibleWithoutScriptAsync(page);
    }

    [Fact]
    public async Task TheDeskSeesOnlyItsOwnActionAndARefusalCitesTheRule()
    {
        var (waiting, _) = Platform.Waiting[1];
        var page = await PageAsync("registrar.0001", "ru", $"/center/0001/live/{waiting}", javaScript: false);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Предоставить время" })).ToHaveCountAsync(0); // P10, P11: the commission's
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Предоставить дополнительное время (пункты 10, 11 Правил)" })).ToHaveCountAsync(0);

        var refused = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Зафиксировать сбой" }));
        Assert.Equal(409, refused.Status);
        await Expect(page.Locator("#live-outcome")).ToContainTextAsync("11");
        Assert.Equal(global::Platform.Domain.Procedure.SittingState.Scheduled, (await World.Grains.GetGrain<IExamSessionGrain>(waiting).Get())!.State);
        await Chromium.AssertAccessibleWithoutScriptAsync(page, refused);
        await page.KeepScreenshotAsync("live-sitting-ru");
    }
}
