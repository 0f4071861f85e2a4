using Microsoft.Playwright;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// A platform of one test class collection's own (demo data, a frontend), its procedure clock standing at
/// <paramref name="now"/>: for pages whose tests change what other tests count with, or read a date of their choosing.
/// </summary>
public abstract class PrivatePlatformFixture(DateTimeOffset now) : IAsyncLifetime
{
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public Uri Site => World.Frontend.Address;

    public async Task InitializeAsync() => _world = await World.Create(now).WithDemoData().WithFrontend().StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}

/// <summary>What page tests on a private platform share: a page signed in as a demo account in a language, and a form posted by keyboard.</summary>
public abstract class PrivatePlatformPageTest(PrivatePlatformFixture platform) : BrowserTest
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

    /// <summary>
    /// Posts a form by its button, pressed with Enter (a click can hang in Debian's Chromium); the answer to the post. A
    /// 303 (redirect after post) is followed to the page that shows the result.
    /// </summary>
    protected static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(
            async () =>
            {
                await button.FocusAsync();
                await page.Keyboard.PressAsync("Enter");
            },
            r => r.Request.Method == "POST");
        if (response.Status == 303)
        {
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("[?&]done="));
        }

        await page.WaitForLoadStateAsync();
        return response;
    }
}
