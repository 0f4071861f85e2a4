using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Pages.Me.MeSteps;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>P10–P11, WCAG 2.1.1: the candidate reaches and fills in the identity form by keyboard alone, in the form's order.</summary>
[Collection(PlatformCollection.Name)]
public sealed class KeyboardTests(PlatformFixture platform) : BrowserTest
{
    private Uri Site => platform.Frontend.Address;

    [Fact]
    public async Task TheIdentityFormIsReachedFilledInAndSavedByKeyboardAlone()
    {
        var (account, iin) = NewCandidate();
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, account, "/me");
        await page.ChooseLanguageAsync("kk");

        await TabToAsync(page, "a[href^='/me/identity']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me/identity");
        await TabToAsync(page, "#identity-Iin");
        foreach (var text in new[] { iin, "Сынақова", "Әсел", "", "Алматы, Абай даңғылы, 1", "asel@example.kz", "+7 701 000 0000", "" })
        {
            await page.Keyboard.TypeAsync(text);
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("identity-ConsentToProcessing", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me/apply");
        var identity = await platform.World.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", account);
        Assert.True(identity.GetProperty("identity").GetProperty("consentToProcessing").GetBoolean());
        Assert.True(identity.GetProperty("identity").GetProperty("consentToNskPlacement").GetBoolean());
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement ? document.activeElement.id : ''");

    /// <summary>Presses Tab until the element is focused (at most 60 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} is not reached by Tab");
    }
}
