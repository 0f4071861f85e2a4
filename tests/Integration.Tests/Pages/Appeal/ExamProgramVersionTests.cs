using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Commission;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Appeal;

/// <summary>
/// SPEC §5, issue 15: an exam keeps the program version it was drawn from. The administrator loads a new version of the
/// program after the exam opened (each question's text changed, a step added to the map); the appeal commission's
/// evidence still shows the ticket of the sitting's version, and the commission's offline map still has the steps of
/// the version the exam opened under.
/// </summary>
public sealed class ExamProgramVersionTests : AppealPageTest
{
    private const string Program = "accountant-nrk5";

    private const string Marker = "[v2]";

    private const string NewStep = "Шаг второй версии";

    [Fact]
    public async Task TheAppealsTicketIsDrawnFromTheSittingsVersionNotFromOneLoadedAfterIt()
    {
        await using var world = await StartAsync();
        var journey = await AppealJourney.UnderReviewAsync(world, "ru");
        var drawnFrom = (await journey.Sitting.Get())!.ProgramVersion;
        Assert.True(await ReviseAsync(world) > drawnFrom);

        var page = await PageAsync(world, "ru", journey.Desk);
        var ticket = page.Locator("table.ticket");
        await Expect(ticket).ToBeVisibleAsync();
        Assert.DoesNotContain(Marker, await ticket.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(12, await page.Locator("table.ticket tbody tr.right").CountAsync());
        await Expect(page.Locator("#ticket-mismatch")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheCommissionsOfflineMapIsTheOneOfTheVersionTheExamOpenedUnder()
    {
        await using var world = await StartAsync();
        var journey = await DeskJourney.OnExamDayAsync(world);
        await journey.StartedAsync();
        var openedUnder = (await world.Grains.GetGrain<IApplicationGrain>(journey.CaseId).Get())!.OfflineProgramVersion;
        Assert.NotNull(openedUnder);
        var stepsThen = StepCount((await world.Grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(Program)).GetJson())!);
        Assert.True(await ReviseAsync(world) > openedUnder);

        var context = await Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site(world), "commission.0001.c", "/");
        await page.ChooseLanguageAsync("ru");
        await page.GotoAsync(new Uri(Site(world), $"/commission/com-0001-a/cases/{journey.CaseId}").ToString());
        var map = page.Locator("fieldset.map");
        await Expect(map.First).ToBeVisibleAsync();
        await Expect(page.GetByText(NewStep)).ToHaveCountAsync(0);
        Assert.Equal(stepsThen, await map.GetByRole(AriaRole.Checkbox).CountAsync());
    }

    /// <summary>The administrator loads a new version: every question's text marked, a step added to each map. Its number.</summary>
    private static async Task<int> ReviseAsync(World world)
    {
        var program = JsonNode.Parse((await world.Grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(Program)).GetJson())!)!;
        foreach (var question in program["theory"]!["questions"]!.AsArray())
        {
            foreach (var language in new[] { "kk", "ru" })
            {
                question![language]!["text"] = question[language]!["text"]!.GetValue<string>() + " " + Marker;
            }
        }

        foreach (var task in program["practical"]!.AsArray())
        {
            task!["steps"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "second-version",
                ["title"] = new JsonObject { ["kk"] = "Екінші нұсқаның қадамы", ["ru"] = NewStep },
                ["criteria"] = new JsonArray(new JsonObject { ["kk"] = "Орындалды", ["ru"] = "Выполнено" }),
                ["required"] = true,
            });
        }

        var loaded = await world.OkAsync(HttpMethod.Put, $"/api/v1/admin/programs/{Program}", "administrator", program);
        return loaded.GetProperty("version").GetInt32();
    }

    private static int StepCount(string json) => JsonNode.Parse(json)!["practical"]!.AsArray().Sum(task => task!["steps"]!.AsArray().Count);
}
