using Microsoft.Playwright;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>Debian's Chromium, headless, driven by Playwright (its own browser download is not reachable here).</summary>
public static class Browser
{
    /// <summary>Launches Chromium; <paramref name="extraArgs"/> adds switches (a fake camera and microphone, say).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(params string[] extraArgs)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLATFORM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            // Root has no sandbox here; the rest keeps Chromium from calling out of this closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", .. extraArgs,
            ],
        });
        return (playwright, browser);
    }
}
