using Platform.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// The completeness review (P5) at <c>/center/{number}/cases/{caseId}</c>: the registrar finds a new online application in
/// the inbox, sees its documents in the page, and sends remarks (the case leaves "awaiting review") or concludes the
/// contract; a refusal names its rule (409).
/// </summary>
[Collection(CenterPagesCollection.Name)]
public sealed class ReviewPageTests(CenterPagesFixture platform) : CenterPageTest(platform)
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task TheRegistrarFindsANewApplicationPreviewsItsPdfAndSendsRemarks(string language)
    {
        var (caseId, stored, surname) = await ApplyOnlineAsync(language == "kk" ? "Жаңабаева" : "Новикова");
        var view = (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!;
        var review = view.Deadlines.Single(d => d.Kind == Domain.Deadlines.DeadlineKind.CompletenessReview);

        // The inbox, most urgent first: every row's due date is no earlier than the one above it.
        var page = await PageAsync("registrar.0001", language, "/center/0001");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("0001");
        var dues = await page.Locator("table.inbox tbody tr td:first-child time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.NotEmpty(dues);
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"center-inbox-{language}");

        // Found by surname (a POST: the name is not in the address), its due date shown.
        await page.GetByLabel(Frontend.Site.SiteText.In(language, "Center.Search.Surname")).FillAsync(surname);
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = Frontend.Site.SiteText.In(language, "Center.Search.Button"), Exact = true }));
        Assert.DoesNotContain(surname, page.Url, StringComparison.OrdinalIgnoreCase);
        var row = InboxRow(page, caseId);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("time")).ToHaveAttributeAsync("datetime", Frontend.Site.SiteFormat.Iso(review.DueAt));
        await Expect(row).ToContainTextAsync(surname);
        await page.AssertAccessibleAsync();

        // The review page: the PDF in the page, served inline to the registrar.
        await row.GetByRole(AriaRole.Link, new() { Name = caseId }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(Site, $"/center/0001/cases/{caseId}").ToString());
        var preview = page.Locator("object.preview");
        await Expect(preview).ToHaveAttributeAsync("data", $"/api/v1/cases/{caseId}/attachments/{stored}?preview=inline");
        var pdf = await page.APIRequest.GetAsync(new Uri(Site, $"/api/v1/cases/{caseId}/attachments/{stored}?preview=inline").ToString());
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("inline", pdf.Headers["content-disposition"]);
        await Expect(page.Locator(".review-window time")).ToHaveAttributeAsync("datetime", Frontend.Site.SiteFormat.Iso(review.DueAt));
        await page.AssertAccessibleAsync();
        if (language == "ru")
        {
            await page.KeepScreenshotAsync("center-review-ru");
        }

        // Remarks: one common, one written; the case leaves "awaiting review" for the candidate to fix.
        await page.Locator("input[name=remark]").First.CheckAsync();
        await page.Locator("#remarks-written").FillAsync("Приложите трудовую книжку полностью.");
        var sent = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = Frontend.Site.SiteText.In(language, "Center.Remarks.Button") }));
        // Redirect after post: 303 to the case's page, which says what was done; one audit entry for the one change.
        Assert.Equal(303, sent.Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, $"/center/0001/cases/{caseId}?done=Remarks").ToString());
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = Frontend.Site.SiteText.In(language, "Center.Remarks.Done") })).ToBeVisibleAsync();
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'case.remarks'", caseId));
        var after = (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!;
        Assert.Equal(ApplicationState.RemarksSent, after.State);
        Assert.Equal(2, after.Remarks.Count);
        Assert.Contains("Приложите трудовую книжку полностью.", after.Remarks);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AnotherCaseGetsItsContractWithoutScriptAndALateSecondOutcomeIsRefusedWithItsRule()
    {
        var (caseId, _, _) = await ApplyOnlineAsync("Шартбаев");
        var page = await PageAsync("registrar.0001", "ru", $"/center/0001/cases/{caseId}", javaScript: false);
        var stale = await PageAsync("registrar.0001", "ru", $"/center/0001/cases/{caseId}", javaScript: false);
        await AccessibleAsync(page);

        var concluded = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Заключить договор" }));
        Assert.Equal(303, concluded.Status);
        Assert.Equal(ApplicationState.ContractConcluded, (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.State);
        await Expect(page.Locator("main")).ToContainTextAsync("Договор заключён");
        // The next step's form is there: the exam notice (P6).
        await Expect(page.GetByLabel("Место или ссылка")).ToBeVisibleAsync();
        await AccessibleAsync(page);
        // A reload reads the page again (no second post), and the change was audited once.
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'case.contract'", caseId));

        // The other page still shows the review; its remarks come too late and are refused by the Rules (409), the rule cited.
        await stale.Locator("#remarks-written").FillAsync("Поздно.");
        var refused = await SubmitAsync(stale, stale.GetByRole(AriaRole.Button, new() { Name = "Направить уведомление с замечаниями" }));
        Assert.Equal(409, refused.Status);
        await Expect(stale.GetByRole(AriaRole.Alert)).ToContainTextAsync("Действие не выполнено");
        await Expect(stale.GetByRole(AriaRole.Alert)).ToContainTextAsync("5");
        Assert.Equal(ApplicationState.ContractConcluded, (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.State);
        await AccessibleAsync(stale, refused);
    }

    [Fact]
    public async Task RemarksWithNothingChosenOrWrittenAreNamedAtTheField()
    {
        var (caseId, _, _) = await ApplyOnlineAsync("Бостаева");
        var page = await PageAsync("registrar.0001", "kk", $"/center/0001/cases/{caseId}");
        var refused = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Ескертулері бар хабарламаны жіберу" }));
        Assert.Equal(400, refused.Status);
        await Expect(page.Locator("#remarks-written")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#remarks-written-error")).ToHaveTextAsync("Кемінде бір ескертуді таңдаңыз немесе жазыңыз.");
        await page.AssertAccessibleAsync();
        Assert.Equal(ApplicationState.Registered, (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.State);
    }
}
