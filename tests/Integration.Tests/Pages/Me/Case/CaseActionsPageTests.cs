using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Me.Case;

/// <summary>
/// Issue 13, the candidate's journey 3: the actions of the case page posted without script — a refusal with its rule
/// and the day the window closed (409), the exam language (P9), withdrawal after a confirmation (P3), incapacity and the
/// sick-leave sheet (P7) — and the certificate with its public verification (P18, App.2).
/// </summary>
[Collection(CasePageCollection.Name)]
public sealed class CaseActionsPageTests(CasePageFixture platform) : CasePageTest(platform)
{
    [Fact]
    public async Task AResubmissionAfterTheWindowClosedIsRefusedWithTheRuleAndTheDayItClosed()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        await journey.RemarksAsync("Копия диплома нечитаема");
        var closed = CaseJourney.WorkingDaysAfter(CaseJourney.Today(Platform.World), 3);
        var page = await PageAsync("ru", journey.CaseId, javaScript: false);
        await page.Locator("#resubmit-title-0").FillAsync("Диплом");
        await page.Locator("#resubmit-file-0").SetInputFilesAsync(new FilePayload { Name = "diploma.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf() });

        // The form was shown while the window was open; it is sent the day after it closed.
        Platform.World.Clock.SetUtcNow(new DateTimeOffset(closed.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(5)));
        var refused = await SubmitAsync(page, page.Locator("#resubmit button[type=submit]"));

        Assert.Equal(409, refused.Status);
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Пункт 5 Правил признания профессиональных квалификаций");
        await Expect(alert).ToContainTextAsync($"истек {closed:dd.MM.yyyy}");
        await Expect(page.Locator("#actions-title + p")).ToContainTextAsync($"Срок устранения замечаний истёк {CaseJourney.DateIn("ru", closed)}");
        Assert.Equal("remarksSent", await journey.StateAsync());
        await AccessibleAsync(page, refused);
    }

    [Fact]
    public async Task TheExamLanguageChangesUntilTheNoticeAndWithdrawingAsksFirst()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World, examLanguage: "ru");
        var page = await PageAsync("kk", journey.CaseId, javaScript: false);
        await Expect(page.Locator("section").First).ToContainTextAsync(
            $"Орталық құжаттарыңызды {CaseJourney.DateIn("kk", CaseJourney.WorkingDaysAfter(CaseJourney.Today(Platform.World), 3))} дейін тексереді.");

        await page.GetByLabel("қазақ тілі").CheckAsync();
        var chosen = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Тілді сақтау" }));
        Assert.Equal(200, chosen.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Емтихан тілі сақталды.");
        var view = await Platform.World.OkAsync(HttpMethod.Get, $"/api/v1/cases/{journey.CaseId}", "candidate.1");
        Assert.Equal("kk", view.GetProperty("examLanguage").GetString());
        await AccessibleAsync(page, chosen);

        await page.GetByRole(AriaRole.Link, new() { Name = "Кері қайтарып алу…" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Өтінішті шынымен кері қайтарып алғыңыз келе ме?");
        Assert.Equal("registered", await journey.StateAsync());
        await AccessibleAsync(page);
        await page.KeepScreenshotAsync("case-withdraw-kk");
        var withdrawn = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Иә, өтінішті кері қайтарып алу" }));

        Assert.Equal(200, withdrawn.Status);
        Assert.Equal("withdrawn", await journey.StateAsync());
        await Expect(page.Locator("ol.timeline > li").Last).ToContainTextAsync("Өтініш кері қайтарылды");
        await AccessibleAsync(page, withdrawn);
    }

    [Fact]
    public async Task IncapacityIsReportedAndTheCopyOfTheSickLeaveSheetHandedInAsAnUpload()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        await journey.ContractAsync();
        await journey.ScheduleAsync();
        var page = await PageAsync("kk", journey.CaseId, javaScript: false);

        var reported = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Уақытша еңбекке жарамсыздық туралы хабарлау" }));
        Assert.Equal(200, reported.Status);
        Assert.Equal("rescheduled", await journey.StateAsync());
        await AccessibleAsync(page, reported);

        var empty = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Көшірмені тапсыру" }));
        Assert.Equal(400, empty.Status);
        await Expect(page.Locator("#sheet-file-error")).ToHaveTextAsync("Еңбекке уақытша жарамсыздық парағының файлын таңдаңыз.");
        await AccessibleAsync(page, empty);

        await page.GetByLabel("Еңбекке уақытша жарамсыздық парағының көшірмесі").SetInputFilesAsync(
            new FilePayload { Name = "sheet.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf() });
        var handedIn = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Көшірмені тапсыру" }));

        Assert.Equal(200, handedIn.Status);
        await Expect(page.Locator("#sick-leave")).ToContainTextAsync("парағының көшірмесін тапсырдыңыз");
        await Platform.World.OkAsync(HttpMethod.Post, $"{journey.Center}/sick-leave-sheet-received", "registrar.0001");
        await AccessibleAsync(page, handedIn);
        await page.KeepScreenshotAsync("case-sick-leave-kk");
    }

    [Fact]
    public async Task AnIssuedCertificateIsDownloadedAndLinksToItsPublicVerification()
    {
        var journey = await CaseJourney.ApplyAsync(Platform.World);
        await journey.ContractAsync();
        await journey.PassAsync(await journey.ScheduleAsync());
        var page = await PageAsync("kk", journey.CaseId);

        var certificate = page.Locator("section.case-certificate");
        await Expect(certificate).ToContainTextAsync("Сериялық нөмірі");
        var serial = (await Platform.World.OkAsync(HttpMethod.Get, $"/api/v1/cases/{journey.CaseId}", "candidate.1")).GetProperty("certificateSerial").GetString()!;
        await Expect(certificate).ToContainTextAsync(serial);
        var verify = await certificate.Locator("a.verify-link").GetAttributeAsync("href");
        Assert.Contains("serial=" + Uri.EscapeDataString(serial), verify);
        Assert.Contains("sig=", verify);
        var pdf = await page.APIRequest.GetAsync(await certificate.Locator("a[hreflang='kk']").GetAttributeAsync("href") is { } href ? new Uri(Site, href).ToString() : "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("case-certificate-kk");

        var phone = await Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, DeviceScaleFactor = 2, IsMobile = true });
        var small = await phone.NewPageAsync();
        await small.SignInAsync(Site, "candidate.1", $"/me/cases/{journey.CaseId}");
        await small.ChooseLanguageAsync("kk");
        Assert.False(await small.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the case page scrolls sideways on a 360 px phone");
        await small.KeepScreenshotAsync("case-certificate-kk-phone");
    }
}
