using Microsoft.Playwright;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>A test class with Debian's Chromium launched for it (see <see cref="Infrastructure.Browser"/>) and closed after.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync() => (_playwright, Chromium) = await Browser.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
