using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Admin;

/// <summary>
/// A private platform with the demo data (the administrators' tests change the calendar and the programs, which other
/// tests count with): its procedure clock stands on Saturday 20 November 2027, so the deadlines will reach 2028 within
/// 60 days (SPEC §3) and the shipped calendar ends with 2027.
/// </summary>
public sealed class AdminFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = Almaty(2027, 11, 20, 10);

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
public sealed class AdminCollection : ICollectionFixture<AdminFixture>
{
    public const string Name = "Administrator pages";
}

/// <summary>What the administrator's tests share: a page signed in as a demo account in a language, and a form posted by keyboard.</summary>
public abstract class AdminPageTest(AdminFixture platform) : BrowserTest
{
    protected Uri Site => platform.Site;

    protected IGrainFactory Grains => platform.World.Grains;

    protected async Task<IPage> PageAsync(string account, string language, string path, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/");
        await page.GotoAsync(new Uri(Site, $"/language/{language}?returnUrl=%2F").ToString());
        await page.GotoAsync(new Uri(Site, path).ToString());
        return page;
    }

    /// <summary>Posts a form by its button, pressed with Enter (a click can hang in Debian's Chromium); the page's response.</summary>
    protected static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(
            async () =>
            {
                await button.FocusAsync();
                await page.Keyboard.PressAsync("Enter");
            },
            r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();
        return response;
    }
}
