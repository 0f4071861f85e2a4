using Microsoft.Playwright;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Appeal;

/// <summary>
/// What the appeal desk's tests share: a platform of their own (an appeal commission is formed once, for one case, and
/// the demo members sit on appeal-0001-a alone), a page signed in as appeal.0001 in a language, forms posted by button
/// or by keyboard, the protocol read from the personal file.
/// </summary>
public abstract class AppealPageTest : BrowserTest
{
    protected static Task<World> StartAsync() => World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();

    protected static Uri Site(World world) => world.Frontend.Address;

    protected async Task<IPage> PageAsync(World world, string language, string path, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site(world), "appeal.0001", "/");
        if (javaScript)
        {
            await page.ChooseLanguageAsync(language);
        }
        else
        {
            await page.GotoAsync(new Uri(Site(world), $"/language/{language}?returnUrl=%2F").ToString());
        }

        await page.GotoAsync(new Uri(Site(world), path).ToString());
        return page;
    }

    protected static async Task<IssuedDocument> ProtocolAsync(World world, AppealJourney journey)
    {
        var candidate = world.Grains.GetGrain<ICandidateGrain>((await journey.CaseAsync()).CandidateKey);
        var header = (await candidate.GetPersonalFile()).Single(d => d.Kind == DocumentKind.AppealProtocol && d.CaseReference == journey.CaseId);
        return (await candidate.GetDocument(header.DocumentId))!;
    }

    protected static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");
        if (response.Status == 303)
        {
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("[?&]done=")); // redirect after post: the page that shows the result
        }

        await page.WaitForLoadStateAsync();
        return response;
    }

    protected static Task VoteAsync(IPage page, string member, string choice) =>
        page.GetByRole(AriaRole.Group, new() { Name = member, Exact = true }).GetByLabel(choice, new() { Exact = true }).CheckAsync();

    /// <summary>Presses Tab until the condition on the focused element holds (at most 120 times).</summary>
    protected static async Task TabToAsync(IPage page, string condition)
    {
        for (var i = 0; i < 120; i++)
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
