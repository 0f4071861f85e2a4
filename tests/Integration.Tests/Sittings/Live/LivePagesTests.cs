using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>The two live pages in Debian's Chromium: the center's dashboard and the candidate's online sitting (kk/ru).</summary>
public sealed class LivePagesTests : BrowserTest
{

    [Fact]
    public async Task TheCenterDashboardShowsASittingRowThatChangesLive()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await OpenedAsync(world, await ScheduledAsync(world));
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(new Uri(world.Frontend.Address, "/center.html?lang=ru").ToString());

        await page.GetByLabel("Демо-учётная запись").FillAsync(Registrar);
        await page.GetByRole(AriaRole.Button, new() { Name = "Наблюдать" }).ClickAsync();
        var state = page.Locator($"tr[data-sitting='{sittingId}'] td.state");
        await Expect(state).ToHaveTextAsync("Назначена");

        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/check-in", Candidate,
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });

        await Expect(state).ToHaveTextAsync("Регистрация пройдена", new() { Timeout = 20_000 });
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("В эфире");
    }

    [Fact]
    public async Task TheCandidateAnswersSeesItSavedAndSeesTheWarning()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(new Uri(world.Frontend.Address, $"/sitting.html?lang=ru&sitting={sittingId}").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Открыть" }).ClickAsync();
        var first = page.Locator("fieldset").First;
        await first.GetByRole(AriaRole.Radio).First.CheckAsync();
        await Expect(first.Locator("p.saved")).ToHaveTextAsync("Сохранено", new() { Timeout = 20_000 });
        await Expect(page.Locator("#timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^00:(59|60):\d\d$|^01:00:00$"));

        var token = await TokenAsync(world, sittingId);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring,
            new[] { Item(sittingId, world.Clock.GetUtcNow()) }, new Dictionary<string, string> { ["X-Proctoring-Token"] = token });

        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Предупреждение" });
        await Expect(alert).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(alert).ToContainTextAsync("мобильный телефон");
    }
}
