using Microsoft.Playwright;
using Platform.Domain.Calendar;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Commission;

/// <summary>
/// Issue 14, the examination commission's desk (/commission/{id}): an offline exam conducted from the desk to a signed
/// protocol (P8, P15-P17), the chair deciding a tie, the practical stage marked by keyboard alone, another's commission 404.
/// </summary>
[Collection(DeskCollection.Name)]
public sealed class CommissionDeskTests(DeskFixture platform) : DeskPageTest(platform)
{
    [Fact]
    public async Task AnOfflineExamIsConductedFromTheDeskToAProtocolAndTheHeadSignsTheCertificate()
    {
        var journey = await DeskJourney.OnExamDayAsync(World, "kk");
        var page = await PageAsync("commission.0001.a", "kk", "/commission/com-0001-a");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Емтихан комиссиясы: бүгінгі үміткерлер");
        var candidate = page.GetByRole(AriaRole.Link, new() { Name = DeskJourney.CandidateName }).Last;
        await Expect(candidate).ToBeVisibleAsync();
        Assert.DoesNotContain(DeskJourney.CandidateName, await candidate.GetAttributeAsync("href") ?? "");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("commission-desk-kk");

        await page.GotoAsync(new Uri(Site, $"/commission/com-0001-a/cases/{journey.CaseId}").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync(DeskJourney.CandidateName);
        await page.AssertAccessibleAsync();

        // P8: the acknowledgements the candidate signed and the safety briefing's journal entry.
        await page.GetByLabel("біліктілік бағдарламасының әдістемесімен және құралдарымен").CheckAsync();
        await page.GetByLabel("шағымдану және апелляция беру тәртібімен").CheckAsync();
        await page.GetByLabel("Қауіпсіздік техникасы бойынша нұсқаулық: журналдағы жазба").FillAsync("№ 3 журнал, 12-жазба");
        // Redirect after post: 303 to the case's page with what was done in its address, shown there; one audit entry.
        Assert.Equal(303, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Емтиханды бастау" }))).Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, $"/commission/com-0001-a/cases/{journey.CaseId}?done=Start").ToString());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Емтихан басталды");
        Assert.Equal("inExam", await journey.StateAsync());
        await page.AssertAccessibleAsync();
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'case.start'", journey.CaseId));

        // P15: 22 of 30 is more than 70%; P16: every step of the map performed.
        await page.GetByLabel("Дұрыс жауаптар").FillAsync("22");
        await page.GetByLabel("Билеттегі сұрақтар").FillAsync("30");
        foreach (var box in await page.Locator("fieldset.map").GetByRole(AriaRole.Checkbox).AllAsync())
        {
            await box.CheckAsync();
        }

        Assert.Equal(303, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Нәтижелерді жазу" }))).Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Нәтижелер жазылды");
        await Expect(page.Locator("#theory-result")).ToContainTextAsync("30 сұрақтың 22-і дұрыс");
        await Expect(page.Locator("#theory-result")).ToContainTextAsync("практикалық кезеңге жіберілді");
        await Expect(page.Locator("#practical-result")).ToHaveTextAsync("технологиялық картаға сай орындалды");
        await page.AssertAccessibleAsync();

        // P17: three members vote, two for a pass.
        await VoteAsync(page, "Гүлнар Демоэкзаменатор — төраға", "тапсырды");
        await VoteAsync(page, "Мұрат Демоасессор — комиссия мүшесі", "тапсырды");
        await VoteAsync(page, "Әсел Демохатшы — хатшы", "тапсырмады");
        Assert.Equal(303, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Хаттамаға қол қою" }))).Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, $"/commission/com-0001-a/cases/{journey.CaseId}?done=Protocol").ToString());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Хаттамаға қол қойылды (17-т.)");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'case.protocol'", journey.CaseId));
        Assert.Equal("passed", await journey.StateAsync());
        await page.AssertAccessibleAsync();

        // P18: the head signs the certificate from the signing desk, the protocol previewed.
        var head = await PageAsync("head.0001", "kk", "/center/0001/signing");
        var item = head.GetByRole(AriaRole.Article).Filter(new() { HasText = journey.CaseId[5..13] });
        var preview = item.Locator("iframe");
        await Expect(preview).ToHaveAttributeAsync("title", $"Құжат: {DeskJourney.CandidateName}");
        var pdf = await head.APIRequest.GetAsync(new Uri(Site, (await preview.GetAttributeAsync("src"))!).ToString());
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        // P16, P17: the head reads each step of the map with its mark before signing.
        var map = item.GetByRole(AriaRole.Table, new() { Name = "Технологиялық карта қадамдар бойынша (16-т.)" });
        await Expect(map.GetByRole(AriaRole.Cell, new() { Name = "иә", Exact = true }).First).ToBeVisibleAsync();
        await Expect(map.GetByRole(AriaRole.Cell, new() { Name = "жоқ", Exact = true })).ToHaveCountAsync(0);
        await head.AssertAccessibleAsync();
        await head.KeepScreenshotAsync("signing-kk");

        Assert.Equal(303, (await SubmitAsync(head, item.GetByRole(AriaRole.Button, new() { Name = "Қол қойып, куәлікті беру" }))).Status);
        await Expect(head).ToHaveURLAsync(new Uri(Site, "/center/0001/signing?done=Issued").ToString());
        await Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("Куәлікке қол қойылып, берілді (18-т.)");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'case.certificate'", journey.CaseId));
        Assert.Equal("certificateIssued", await journey.StateAsync());
        await head.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ASittingTheExamDayEndedReadsAsUnfinishedNotAsCompleted()
    {
        // P6, P17: a sitting nobody finished is closed at its day's end; the commission reads how it ended before voting.
        var journey = await DeskJourney.OnExamDayAsync(World);
        await journey.StartedAsync();
        await journey.CompletedAsync(0, null, endedBy: "unfinished");
        var page = await PageAsync("commission.0001.b", "ru", $"/commission/com-0001-a/cases/{journey.CaseId}");

        await Expect(page.Locator("#ended-by")).ToHaveTextAsync("Не завершён до конца дня экзамена (п. 6, 17)");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TheChairDecidesATieAndATieWithoutTheChairIsRefused()
    {
        var journey = await DeskJourney.OnExamDayAsync(World);
        var examDay = DeskJourney.Today(World);
        await journey.StartedAsync();
        await journey.CompletedAsync(22, true);
        var page = await PageAsync("commission.0001.b", "ru", $"/commission/com-0001-a/cases/{journey.CaseId}");

        // P17: signed within 2 working days after the day the procedure was completed.
        var due = WorkingCalendar.Shipped().AddWorkingDays(examDay, 2);
        await Expect(page.Locator("#protocol-due")).ToContainTextAsync(DeskJourney.DateIn("ru", due));
        await Expect(page.Locator("#theory-result")).ToContainTextAsync("22 из 30 правильно");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("commission-protocol-ru");

        await VoteAsync(page, "Мұрат Демоасессор — член комиссии", "сдал");
        await VoteAsync(page, "Әсел Демохатшы — секретарь", "не сдал");
        var refused = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Подписать протокол" }));
        Assert.Equal(409, refused.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("17");
        Assert.Equal("awaitingProtocol", await journey.StateAsync());
        await page.AssertAccessibleAsync();

        await VoteAsync(page, "Гүлнар Демоэкзаменатор — председатель", "не сдал");
        await VoteAsync(page, "Мұрат Демоасессор — член комиссии", "сдал");
        Assert.Equal(303, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Подписать протокол" }))).Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("решил голос председателя");
        Assert.Equal("notPassed", await journey.StateAsync());
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ThePracticalStageIsMarkedByKeyboardAlone()
    {
        var journey = await DeskJourney.OnExamDayAsync(World);
        // The start as a browser without script posts it: a plain form.
        var scriptless = await PageAsync("commission.0001.c", "ru", $"/commission/com-0001-a/cases/{journey.CaseId}", javaScript: false);
        await scriptless.GetByLabel("с методикой и инструментами программы квалификации").CheckAsync();
        await scriptless.GetByLabel("с порядком обжалования и подачи апелляции").CheckAsync();
        // P8 offline: without the safety briefing's journal entry the exam may not start (409, the rule cited).
        Assert.Equal(409, (await SubmitAsync(scriptless, scriptless.GetByRole(AriaRole.Button, new() { Name = "Начать экзамен" }))).Status);
        await Expect(scriptless.GetByRole(AriaRole.Alert)).ToContainTextAsync("8");
        await scriptless.GetByLabel("с методикой и инструментами программы квалификации").CheckAsync();
        await scriptless.GetByLabel("с порядком обжалования и подачи апелляции").CheckAsync();
        await scriptless.GetByLabel("Инструктаж по технике безопасности: запись в журнале").FillAsync("Журнал № 3, запись 14");
        Assert.Equal(303, (await SubmitAsync(scriptless, scriptless.GetByRole(AriaRole.Button, new() { Name = "Начать экзамен" }))).Status);
        await Expect(scriptless.GetByRole(AriaRole.Status)).ToContainTextAsync("Экзамен начат");
        Assert.Equal("inExam", await journey.StateAsync());

        var page = await PageAsync("commission.0001.c", "ru", $"/commission/com-0001-a/cases/{journey.CaseId}");
        await TabToAsync(page, "document.activeElement.id === 'correct'");
        await page.Keyboard.TypeAsync("25");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("30");
        await TabToAsync(page, "document.activeElement.name === 'performed'");
        var steps = await page.Locator("fieldset.map").GetByRole(AriaRole.Checkbox).CountAsync();
        for (var i = 0; i < steps; i++)
        {
            var step = await page.EvaluateAsync<string>("document.activeElement.value");
            if (!step.EndsWith("/vat", StringComparison.Ordinal))
            {
                await page.Keyboard.PressAsync("Space");
            }

            await page.Keyboard.PressAsync("Tab");
            if (step.EndsWith("/vat", StringComparison.Ordinal))
            {
                await page.Keyboard.TypeAsync("НДС не начислен");
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(steps - 1, await page.Locator("fieldset.map input[type=checkbox]:checked").CountAsync());
        await TabToAsync(page, "document.activeElement.type === 'submit'");
        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        Assert.Equal(303, response.Status);
        await page.WaitForLoadStateAsync();

        await Expect(page.Locator("#practical-result")).ToHaveTextAsync("не выполнен по технологической карте");
        await Expect(page.GetByText("Расчёт НДС: НДС не начислен")).ToBeVisibleAsync();
        // P16: each step of the map with its mark and comment, not only the total.
        var marks = page.GetByRole(AriaRole.Table, new() { Name = "Технологическая карта по шагам (п. 16)" });
        await Expect(marks.GetByRole(AriaRole.Row)).ToHaveCountAsync(steps + 1);
        await Expect(marks.GetByRole(AriaRole.Row).Filter(new() { HasText = "Расчёт НДС" })).ToContainTextAsync("нет");
        await Expect(marks.GetByRole(AriaRole.Row).Filter(new() { HasText = "Расчёт НДС" })).ToContainTextAsync("НДС не начислен");
        Assert.Equal(steps, (await World.Grains.GetGrain<IApplicationGrain>(journey.CaseId).Get())!.Results!.Marks!.Count);
        Assert.False((await World.Grains.GetGrain<IApplicationGrain>(journey.CaseId).Get())!.Results!.PracticalPassed);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AnotherCommissionsMemberAndAnotherCentersCaseAreNotFound()
    {
        var page = await PageAsync("commission.0001.c", "ru", "/");

        // commission.0001.c does not sit on com-0001-b; commission.0001.b's token names it, but no such commission is formed.
        Assert.Equal(404, (await page.GotoAsync(new Uri(Site, "/commission/com-0001-b").ToString()))!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Страница не найдена");
        await page.AssertAccessibleAsync();
        Assert.Equal(404, (await page.GotoAsync(new Uri(Site, "/commission/com-0001-a/cases/case-00000000000000000000000000000001").ToString()))!.Status);

        var other = await PageAsync("commission.0001.b", "ru", "/");
        Assert.Equal(404, (await other.GotoAsync(new Uri(Site, "/commission/com-0001-b").ToString()))!.Status);
        Assert.Equal(200, (await other.GotoAsync(new Uri(Site, "/commission/com-0001-a").ToString()))!.Status);
    }

    private static Task VoteAsync(IPage page, string member, string choice) =>
        page.GetByRole(AriaRole.Group, new() { Name = member, Exact = true }).GetByLabel(choice, new() { Exact = true }).CheckAsync();

    /// <summary>Presses Tab until the condition on the focused element holds (at most 80 times).</summary>
    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => !!document.activeElement && ({condition})"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached an element where {condition}");
    }
}
