using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Me.Case;

/// <summary>
/// Issue 13, the candidate's journey 3 and 5-6: the case page of <c>/me/cases/{caseId}</c> in the browser, with the
/// staff's steps through the HTTP API. Every state visited is checked with axe-core; the forms are posted with
/// JavaScript disabled.
/// </summary>
[Collection(CasePageCollection.Name)]
public sealed class CasePageTests(CasePageFixture platform) : CasePageTest(platform)
{
    [Theory]
    [InlineData("kk", "Диплом көшірмесі оқылмайды", "Ескертулерді түзетіп, құжаттарды {0} дейін қайта тапсыра аласыз.", "Кемінде бір құжат жүктеңіз.", "Құжаттарыңыз қайта тапсырылды.")]
    [InlineData("ru", "Копия диплома нечитаема", "Вы можете устранить замечания и повторно подать документы до {0}.", "Загрузите хотя бы один документ.", "Документы поданы повторно.")]
    public async Task AfterRemarksThePageShowsThemWithTheWindowsClosingDayAndAResubmissionWithANewUploadMovesTheCaseOn(
        string language, string remark, string window, string nothingSent, string done)
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        await journey.RemarksAsync(remark);
        var closes = CaseJourney.WorkingDaysAfter(CaseJourney.Today(Platform.World), 3); // P5: 3 working days after the notice day
        var page = await PageAsync(language, journey.CaseId, javaScript: false);

        await Expect(page.Locator("ol.remarks")).ToContainTextAsync(remark);
        await Expect(page.Locator("section").First).ToContainTextAsync(string.Format(window, CaseJourney.DateIn(language, closes)));
        await Expect(page.Locator("#resubmit")).ToContainTextAsync(CaseJourney.DateIn(language, closes));
        await Expect(page.Locator("#notices-title + table")).ToContainTextAsync(language == "kk" ? "Ескертулер туралы хабарлама" : "Уведомление с замечаниями");
        await page.KeepScreenshotAsync($"case-remarks-{language}");
        await AccessibleAsync(page);

        var empty = await SubmitAsync(page, page.Locator("#resubmit button[type=submit]"));
        Assert.Equal(400, empty.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(nothingSent);
        await Expect(page.Locator("#resubmit-file-0")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#resubmit-file-0-error")).ToHaveTextAsync(nothingSent);
        await AccessibleAsync(page, empty);

        await page.Locator("#resubmit-title-0").FillAsync(language == "kk" ? "Диплом (түзетілген көшірме)" : "Диплом (исправленная копия)");
        await page.Locator("#resubmit-file-0").SetInputFilesAsync(new FilePayload { Name = "diploma.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf() });
        var resubmitted = await SubmitAsync(page, page.Locator("#resubmit button[type=submit]"));

        Assert.Equal(200, resubmitted.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(done);
        Assert.Equal("resubmitted", await journey.StateAsync());
        await Expect(page.Locator("#resubmit")).ToHaveCountAsync(0);
        await AccessibleAsync(page, resubmitted);
    }

    [Fact]
    public async Task TheTimelineListsEachStepWithItsDateAndItsDocumentsAsPdfsThatOpen()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        var applied = CaseJourney.Today(Platform.World);
        await journey.ContractAsync();
        var examAt = await journey.ScheduleAsync();
        var page = await PageAsync("kk", journey.CaseId);

        var steps = page.Locator("ol.timeline > li");
        await Expect(steps).ToHaveCountAsync(3);
        await Expect(steps.Nth(0)).ToContainTextAsync("Өтініш платформа арқылы берілді");
        await Expect(steps.Nth(0)).ToContainTextAsync(CaseJourney.DateIn("kk", applied));
        await Expect(steps.Nth(0)).ToContainTextAsync("сіз");
        await Expect(steps.Nth(1)).ToContainTextAsync("Шарт жасалды");
        await Expect(steps.Nth(1)).ToContainTextAsync("орталық тіркеушісі");
        await Expect(steps.Nth(1)).Not.ToContainTextAsync("Dana");
        await Expect(steps.Nth(2)).ToContainTextAsync("Емтихан туралы хабарлама жіберілді");
        // Each step with the document it produced, though the three share an instant on the test's clock.
        await Expect(steps.Nth(0)).ToContainTextAsync("Өтініш (1-қосымша)");
        await Expect(steps.Nth(0)).Not.ToContainTextAsync("шарты");
        await Expect(steps.Nth(1)).ToContainTextAsync("Тану қызметін көрсету шарты");
        await Expect(steps.Nth(2)).ToContainTextAsync("Емтиханның күні, уақыты және орны туралы хабарлама");
        var pdfs = page.Locator("ol.timeline a[type='application/pdf']");
        Assert.Equal(6, await pdfs.CountAsync()); // the application, the contract and the exam notice, each in kk and ru
        foreach (var href in await pdfs.EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
        {
            var pdf = await page.APIRequest.GetAsync(href);
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        }

        // P9: the language is fixed once the notice is sent; the exam page opens on the exam day only.
        await Expect(page.Locator("#language")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Емтиханға өту" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("case-timeline-kk");

        Platform.World.Clock.SetUtcNow(examAt.AddHours(-2));
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Емтиханға өту" })).ToHaveAttributeAsync("href", $"/me/cases/{journey.CaseId}/exam");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AfterAFailureTheAppealFormShowsItsClosingDayAndTheFiledAppealJoinsTheTimeline()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        await journey.ContractAsync();
        await journey.FailAsync(await journey.ScheduleAsync());
        var closes = CaseJourney.WorkingDaysAfter(CaseJourney.Today(Platform.World), 5); // P20: 5 working days after the results were received
        var page = await PageAsync("ru", journey.CaseId, javaScript: false);

        await Expect(page.Locator("#appeal")).ToContainTextAsync($"Апелляцию можно подать один раз, до {CaseJourney.DateIn("ru", closes)}");
        await Expect(page.Locator("#retake")).ToBeVisibleAsync();
        await Expect(page.Locator("#notices-title + table")).ToContainTextAsync("Уведомление о решении с рекомендациями");
        await page.KeepScreenshotAsync("case-appeal-ru");
        await AccessibleAsync(page);

        var empty = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Подать апелляцию" }));
        Assert.Equal(400, empty.Status);
        await Expect(page.GetByLabel("Основания апелляции")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#appeal-grounds-error")).ToHaveTextAsync("Укажите основания апелляции.");
        await AccessibleAsync(page, empty);

        await page.GetByLabel("Основания апелляции").FillAsync("Вопрос 7 оценён неверно: ответ соответствует НК РК.");
        var filed = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Подать апелляцию" }));

        Assert.Equal(200, filed.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Апелляция подана.");
        await Expect(page.Locator("ol.timeline > li").Last).ToContainTextAsync("Подана апелляция");
        await Expect(page.Locator("ol.timeline > li").Last).ToContainTextAsync("вы");
        Assert.Equal("appealFiled", await journey.StateAsync());
        await AccessibleAsync(page, filed);
    }

    [Fact]
    public async Task AnotherCandidatesCaseOrAForgedIdIsNotFound()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, "candidate.2", "/");
        await page.ChooseLanguageAsync("ru");

        foreach (var caseId in new[] { journey.CaseId, "case-" + Guid.NewGuid().ToString("N"), "not-a-case" })
        {
            var response = await page.GotoAsync(new Uri(Site, $"/me/cases/{caseId}").ToString());
            Assert.Equal(404, response!.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Страница не найдена");
        }

        await page.AssertAccessibleAsync();
    }
}
