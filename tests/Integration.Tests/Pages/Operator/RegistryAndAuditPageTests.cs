using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>
/// <c>/operator/registry</c> (P18.2: the NSK outbox, pending, failing with the registry's reason, delivered after a
/// retry) and <c>/operator/audit</c> (who, what, when, which case; never an IIN).
/// </summary>
[Collection(OperatorPagesCollection.Name)]
public sealed class RegistryAndAuditPageTests(OperatorPagesFixture platform) : OperatorPageTest
{
    [Fact]
    public async Task TheRegistryShowsAFailingResultWithItsReasonAndCountsTheRetried()
    {
        var world = platform.World;
        // Test setup: the registry's answers as the dispatcher records them (its next attempt far ahead, so it waits).
        await world.ExecuteAsync("""
            insert into nsk_outbox (idempotency_key, payload, attempts, next_attempt_at, last_error, delivered_at, created_at) values
              ('RG-0001-TEST-FAILING', '{"caseReference": "case-registrytest", "result": "recognised"}', 3, '2099-01-01T00:00Z',
               'NSK answered 503 Service Unavailable', null, '2026-03-02T05:00Z'),
              ('RG-0001-TEST-RETRIED', '{"caseReference": "case-registrydone", "result": "recognised"}', 2, '2026-03-02T05:00Z',
               null, '2026-03-02T06:00Z', '2026-03-02T05:00Z')
            on conflict do nothing
            """);

        var page = await PageAsync(world, "operator", "ru", "/operator/registry");

        Assert.True(int.Parse(await page.Locator("dd[data-count='failing']").InnerTextAsync()) >= 1);
        Assert.True(int.Parse(await page.Locator("dd[data-count='retried']").InnerTextAsync()) >= 1);
        var failing = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "RG-0001-TEST-FAILING" });
        await Expect(failing).ToContainTextAsync("NSK answered 503 Service Unavailable");
        await Expect(failing).ToContainTextAsync("Квалификация признана");
        await Expect(failing.GetByRole(AriaRole.Link, new() { Name = "case-registrytest" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "RG-0001-TEST-RETRIED" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-registry-ru");
        await page.ChooseLanguageAsync("kk");
        await page.KeepScreenshotAsync("operator-registry-kk");
    }

    [Fact]
    public async Task TheAuditLogIsFilteredByCaseAndNeverShowsTheIin()
    {
        var world = platform.World;
        var (caseId, iin) = await ApplyAsync(world, "Аудиттелген");
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", "registrar.0001");

        var page = await PageAsync(world, "operator", "kk", "/operator/audit");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Қай іс", new() { Exact = true }).FillAsync(caseId);
        await page.GetByLabel("Қай іс", new() { Exact = true }).PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("case=" + caseId));
        var contract = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "/contract" });
        await Expect(contract).ToHaveCountAsync(1);
        await Expect(contract.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("registrar");
        await AssertNamesNobodyAsync(page, iin, "Аудиттелген");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-audit-kk");

        // Unfiltered, newest first: the candidate's registration is there, still without the IIN.
        await page.GotoAsync(new Uri(world.Frontend.Address, "/operator/audit").ToString());
        await Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await AssertNamesNobodyAsync(page, iin);
        await page.ChooseLanguageAsync("ru");
        await page.KeepScreenshotAsync("operator-audit-ru");
    }
}
