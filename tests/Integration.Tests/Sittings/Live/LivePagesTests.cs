using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>The candidate's live exam page in Debian's Chromium (ru), reached from the case. The center's dashboard is tested in Pages/Live, the operator's in Pages/Operator.</summary>
public sealed class LivePagesTests : BrowserTest
{
    [Fact]
    public async Task TheCandidateAnswersSeesItSavedSeesTheWarningAndTheTermination()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var caseId = await ScheduledAsync(world);
        var sittingId = await CaseInTheoryAsync(world, caseId, Candidate);
        var page = await Chromium.NewPageAsync();
        // From the case, no sitting id typed; the hub with the site's cookie, no token fetched.
        await page.SignInAsync(world.Frontend.Address, Candidate, $"/me/cases/{caseId}/exam");
        await page.ChooseLanguageAsync("ru");

        var first = page.Locator("#question fieldset");
        await first.GetByRole(AriaRole.Radio).First.CheckAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#ack")).ToHaveTextAsync("Сохранено ✓", new() { Timeout = 20_000 });
        await Expect(page.Locator("#timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^00:(59|60):\d\d$|^01:00:00$"));

        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring, new[] { Item(sittingId, world.Clock.GetUtcNow()) },
            new Dictionary<string, string> { ["X-Proctoring-Token"] = await TokenAsync(world, sittingId) });

        var alert = page.GetByRole(AriaRole.Alertdialog).Filter(new() { HasText = "Предупреждение" });
        await Expect(alert).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(alert).ToContainTextAsync("мобильный телефон");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Понятно" }).ClickAsync();
        await Expect(alert).ToBeHiddenAsync();
        await World.EventuallyAsync(() => world.OkAsync<Platform.Grains.Sittings.SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar),
            sitting => sitting.Warnings.Single().DeliveredAt is not null, "the warning's delivery");

        // P13: a new incident after the delivered warning ends the exam; the answer the server acknowledged stays.
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring,
            new[] { Item(sittingId, world.Clock.GetUtcNow(), Platform.Domain.Proctoring.ProhibitedItem.Smartphone) },
            new Dictionary<string, string> { ["X-Proctoring-Token"] = await TokenAsync(world, sittingId) });

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Экзамен прекращён", new() { Timeout = 20_000 });
        var ended = await world.OkAsync<Platform.Grains.Sittings.SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.Equal(Platform.Domain.Procedure.SittingState.Terminated, ended.State);
        Assert.Equal(1, ended.Answered);
    }
}
