using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// One platform with the demo data (center 0001) whose procedure clock stands on Friday 5 March 2027, two weeks before
/// Nauryz: a notice sent that day may set the exam from 26 March to 9 April 2027 (P6), with 8, 15 and 22-24 March off.
/// The clock never moves: the exam-day page is read for its date.
/// </summary>
public sealed class ScheduleFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = Almaty(2027, 3, 5, 10);

    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public Uri Site => World.Frontend.Address;

    public async Task InitializeAsync() => _world = await World.Create(Now).WithDemoData().WithFrontend().StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ScheduleCollection : ICollectionFixture<ScheduleFixture>
{
    public const string Name = "Center scheduling";
}

/// <summary>What the scheduling tests share: a page signed in as a demo account in a language, and a form posted by its button.</summary>
public abstract class SchedulePageTest(ScheduleFixture platform) : BrowserTest
{
    protected Uri Site => platform.Site;

    protected World World => platform.World;

    protected async Task<IPage> PageAsync(string account, string language, string path, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/");
        await page.GotoAsync(new Uri(Site, $"/language/{language}?returnUrl=%2F").ToString());
        await page.GotoAsync(new Uri(Site, path).ToString());
        return page;
    }

    /// <summary>Posts a form by its button and answers the page's response (the status the action earned).</summary>
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
}
