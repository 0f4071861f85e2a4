using Microsoft.Playwright;
using Platform.Domain.Identity;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;
using Vote = Platform.Integration.Tests.Pages.Journey.ExamDeskSteps.Vote;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// Issue 14, done when: a paper application becomes a certificate with every staff step in its page and no API call —
/// the registrar registers it with its scans (P4), reviews it and concludes the contract (P5), sends the offline exam
/// notice from the schedule (P6); the head forms the examination commission (P9); on the exam day the commission runs
/// the exam at its desk (P8, P15-P17); the head signs the certificate (P18); /verify shows it valid (App.2).
/// </summary>
public sealed class PaperToCertificateTests : BrowserTest
{
    private const string Surname = "Қағазбаева";
    private const string Name = "Қағазбаева Айжан";

    [Fact]
    public async Task APaperApplicationBecomesAValidCertificateThroughTheStaffPages()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var world = await World.Create(Almaty(2026, 3, 2, 9)).WithDemoData().WithFrontend().StartAsync();
        var desks = new StaffDesks(world, Chromium, "kk");

        // P4: the registrar registers the person and the paper application with its scans.
        var page = await desks.OpenAsync("registrar.0001", "/center/0001/applications/new");
        await page.Locator("#iin").FillAsync(SyntheticIin.For(21_001));
        await page.Locator("#surname").FillAsync(Surname);
        await page.Locator("#given-name").FillAsync("Айжан");
        await page.Locator("#home-address").FillAsync("Алматы қ., Сәтбаев к-сі, 5");
        await page.Locator("#email").FillAsync("paper@example.kz");
        await page.Locator("#mobile-phone").FillAsync("+7 701 555 0101");
        await page.Locator("#consent-processing").CheckAsync();
        await page.Locator("#program").SelectOptionAsync("accountant-nrk5");
        await page.Locator("#exam-language-kk").CheckAsync();
        await page.Locator("#scan-Education").SetInputFilesAsync(new FilePayload { Name = "diploma.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf() });
        await page.Locator("#scan-WorkExperience").SetInputFilesAsync(new FilePayload { Name = "work-record.jpg", MimeType = "image/jpeg", Buffer = SampleFiles.Jpeg() });
        await desks.SeenAsync(page, "paper");
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Center.Paper.Button") }), "paper-registered");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(desks.Text("Center.PaperNew.Done"));
        var caseId = new Uri(page.Url).AbsolutePath.Split('/').Last(); // redirected to the new case's review page
        var registered = await desks.CaseAsync(caseId);
        Assert.Equal((ApplicationChannel.Paper, ApplicationState.Registered, "kk"), (registered.Channel, registered.State, registered.ExamLanguage));
        Assert.Equal(2, registered.Attachments!.Count(a => a.StoredAs is not null));

        // P5: the review shows both scans in the page, with the review's due date; the contract is concluded.
        var review = registered.Deadlines.Single(d => d.Kind == Domain.Deadlines.DeadlineKind.CompletenessReview);
        var reviewPage = await desks.OpenAsync("registrar.0001", $"/center/0001/cases/{caseId}");
        await Expect(reviewPage.Locator("object.preview")).ToHaveCountAsync(1);
        await Expect(reviewPage.Locator("img.preview")).ToBeVisibleAsync();
        await Expect(reviewPage.Locator(".review-window time")).ToHaveAttributeAsync("datetime", Frontend.Site.SiteFormat.Iso(review.DueAt));
        world.Clock.SetUtcNow(Almaty(2026, 3, 3, 11)); // the next working day, within the 2 working days of P5
        await desks.ContractAsync(caseId);

        // P6: the exam notice within 5 working days of the contract, the exam 10 to 20 working days after the notice.
        world.Clock.SetUtcNow(Almaty(2026, 3, 4, 10));
        var startsAt = await desks.NoticeAsync(Name);
        var scheduled = await desks.CaseAsync(caseId);
        Assert.Equal((ApplicationState.ExamScheduled, startsAt, false), (scheduled.State, scheduled.Exam!.StartsAt, scheduled.Exam.Online));
        Assert.Equal(10, Domain.Calendar.WorkingCalendar.Shipped().WorkingDaysBetween(desks.Today, Domain.Calendar.KazakhstanTime.DateOf(startsAt)));

        // P9: the head forms the examination commission: a chair and at least three members.
        await desks.FormAsync("com-0001-b", appeal: false, caseId: null,
            [("commission.0001.b", "Мұрат Демоасессор", "Chair"), ("commission.0001.a", "Гүлнар Демоэкзаменатор", "Member"), ("commission.0001.c", "Әсел Демохатшы", "Secretary")]);

        // The exam day (P8, P15-P17), at its desk: 25 of 30, the map performed, passed by all three.
        world.Clock.SetUtcNow(startsAt);
        await ExamDeskSteps.RunAsync(desks, "commission.0001.b", "com-0001-b", caseId, Name, 25,
            [new Vote("Мұрат Демоасессор", "Commission.Role.Chair", true), new Vote("Гүлнар Демоэкзаменатор", "Commission.Role.Member", true), new Vote("Әсел Демохатшы", "Commission.Role.Secretary", true)]);

        // P18: the head signs the certificate from the protocol; /verify shows it valid in the holder's name.
        world.Clock.SetUtcNow(startsAt.AddHours(5));
        var serial = await desks.SignCertificateAsync(caseId, Name);
        await desks.VerifyAsync(serial, Name);
        Console.WriteLine($"{nameof(APaperApplicationBecomesAValidCertificateThroughTheStaffPages)}: {started.Elapsed.TotalSeconds:0} s");
    }
}
