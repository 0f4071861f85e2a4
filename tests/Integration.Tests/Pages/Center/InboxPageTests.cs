using Platform.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using Platform.Domain.Deadlines;
using Platform.Grains.Procedure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// The registrar's inbox (<c>/center/{number}</c>): at risk and breached marked by the procedure clock (SPEC §2), pages of
/// 50 over the projection, and another center's inbox and cases hidden (404).
/// </summary>
[Collection(CenterPagesCollection.Name)]
public sealed class InboxPageTests(CenterPagesFixture platform) : CenterPageTest(platform)
{
    [Fact]
    public async Task TheReviewIsMarkedAtRiskThenBreachedAsTheClockPassesItsWarningAndItsDueInstant()
    {
        var (caseId, _, _) = await ApplyOnlineAsync("Мерзімова");
        var review = (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview);
        var address = $"/center/0001?case={caseId["case-".Length..][..12]}";
        var page = await PageAsync("registrar.0001", "kk", address);
        var row = InboxRow(page, caseId);
        await Expect(row).ToContainTextAsync("Мерзімінде");

        World.Clock.SetUtcNow(review.AtRiskFrom.AddMinutes(1));
        await page.ReloadAsync();
        await Expect(row).ToContainTextAsync("Қауіп бар: мерзімі келесі жұмыс күнінің соңында бітеді");
        await Expect(row.Locator(".urgency .icon")).ToHaveTextAsync("⚠");
        await page.AssertAccessibleAsync();

        World.Clock.SetUtcNow(review.DueAt.AddMinutes(1));
        await page.ReloadAsync();
        await Expect(row).ToContainTextAsync("Мерзімі бұзылған");
        await Expect(row).ToHaveClassAsync("breached");
        await page.AssertAccessibleAsync();

        // The review page says the same, with the window's closing date. Its document previews load on their own; the
        // first read after the clock passed the due instant also runs the case's catch-up (the P5 consequences), which
        // shares the silo with the reminders the fixture's other clock moves fired: the page's own content is awaited.
        await page.GotoAsync(new Uri(Site, $"/center/0001/cases/{caseId}").ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        await Expect(page.Locator(".review-window")).ToContainTextAsync("Мерзімі бұзылған");
    }

    [Fact]
    public async Task OneHundredTwentyCasesArePagedFiftyAtATimeMostUrgentFirst()
    {
        // Test setup of many cases: rows of the projection of center 0002, due one hour apart.
        await World.ExecuteAsync("""
            insert into case_projection (case_id, center_number, candidate_key, program_code, state, attempt, version, deadlines, updated_at, channel)
            select 'case-paging' || lpad(i::text, 4, '0'), '0002', 'cand-paging' || i, 'welder-nrk3', 'registered', 1, 1,
                   jsonb_build_array(jsonb_build_object('kind', 'completenessReview', 'owner', 'center', 'rule', 'P5', 'status', 'open',
                       'dueAt', to_char((timestamptz '2030-01-01 00:00+00' + (i || ' hours')::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'atRiskFrom', to_char((timestamptz '2029-12-31 00:00+00' + (i || ' hours')::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'metAt', null)),
                   now(), case when i % 2 = 0 then 'paper' else 'online' end
            from generate_series(1, 120) i
            on conflict do nothing
            """);
        var page = await PageAsync("registrar.0002", "ru", "/center/0002");
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Найдено дел: 120.");
        await Expect(page.Locator("table.inbox tbody tr")).ToHaveCountAsync(50);
        await Expect(page.Locator("table.inbox tbody tr").First).ToContainTextAsync("paging0001");
        await Expect(page.Locator(".pager")).ToContainTextAsync("Страница 1 из 3");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Следующая страница" }).ClickAsync();
        await Expect(page.Locator("table.inbox tbody tr").First).ToContainTextAsync("paging0051");
        await Expect(page.Locator(".pager")).ToContainTextAsync("Страница 2 из 3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Последняя страница" }).ClickAsync();
        await Expect(page.Locator("table.inbox tbody tr")).ToHaveCountAsync(20);
        await Expect(page.Locator("table.inbox tbody tr").Last).ToContainTextAsync("paging0120");
        await page.AssertAccessibleAsync();

        // Filters travel in the address: the paper ones only, 60 of them, paged too.
        await page.GotoAsync(new Uri(Site, "/center/0002").ToString());
        await page.GetByLabel("Способ подачи").SelectOptionAsync("paper");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Найдено дел: 60.");
        Assert.Contains("channel=paper", page.Url);
        await Expect(page.Locator("table.inbox tbody tr").First).ToContainTextAsync("paging0002");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AnotherCentersRegistrarIsAnsweredNotFoundForTheInboxAndTheCase()
    {
        var (caseId, _, _) = await ApplyOnlineAsync("Бөгдеева");
        var page = await PageAsync("registrar.0002", "ru", "/center/0002");
        foreach (var path in new[] { "/center/0001", $"/center/0001/cases/{caseId}", $"/center/0002/cases/{caseId}", "/center/0001/applications/new" })
        {
            var response = await page.GotoAsync(new Uri(Site, path).ToString());
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Frontend.Site.SiteText.In("ru", "NotFound.Title"));
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Бөгдеева");
        }

        await page.AssertAccessibleAsync();
    }
}
