using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Schedule;
using Platform.Integration.Tests.Sittings.Live;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Live;

/// <summary>
/// One platform for the live dashboard's tests, on the morning of an online exam day (17 March 2026, 09:30 Almaty):
/// candidate.1 and candidate.2 applied through the API (so the proctoring service can be sent their events with a
/// token, as the proctoring tests do), each sitting checked in with its theory open; three synthetic candidates' sittings
/// opened and waiting (Scheduled). Each test acts on a sitting of its own.
/// </summary>
public sealed class LiveFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset ExamAt = Almaty(2026, 3, 17);

    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public Uri Site => World.Frontend.Address;

    /// <summary>candidate.1's sitting, theory open.</summary>
    public string First { get; private set; } = "";

    /// <summary>candidate.2's sitting, theory open.</summary>
    public string Second { get; private set; } = "";

    /// <summary>The synthetic candidates' sittings (Scheduled), with their names.</summary>
    public IReadOnlyList<(string SittingId, string Name)> Waiting { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _world = await World.Create(LiveSittings.Start).WithDemoData().WithFrontend().StartAsync();
        var first = await LiveSittings.ScheduledAsync(World, examMorning: false);
        var second = await LiveSittings.ScheduledAsync(World, candidate: LiveSittings.SecondCandidate, examMorning: false);
        var synthetic = await ScheduleSetup.ContractedAsync(World, "accountant-nrk5", 5, "Тікелейбаев", 3);
        foreach (var (caseId, _) in synthetic)
        {
            await ScheduleSetup.ScheduledAsync(World, caseId, ExamAt, "Online", online: true);
        }

        World.Clock.SetUtcNow(Almaty(2026, 3, 17, 9, 30));
        First = await LiveSittings.CaseInTheoryAsync(World, first, LiveSittings.Candidate);
        Second = await LiveSittings.CaseInTheoryAsync(World, second, LiveSittings.SecondCandidate);
        var waiting = new List<(string, string)>();
        foreach (var (caseId, name) in synthetic)
        {
            waiting.Add((await LiveSittings.OpenedAsync(World, caseId), name));
        }

        Waiting = waiting;
    }

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}

/// <summary>The live dashboard's tests, sharing one <see cref="LiveFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<LiveFixture>
{
    public const string Name = "Live dashboard";
}

/// <summary>What the live dashboard's tests share: a signed-in page in a language, at a width, with or without script.</summary>
public abstract class LivePageTest(LiveFixture platform) : BrowserTest
{
    protected LiveFixture Platform { get; } = platform;

    protected World World => Platform.World;

    protected async Task<IPage> PageAsync(string account, string language, string path, bool javaScript = true, int width = 1280)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Platform.Site, account, "/");
        await page.GotoAsync(new Uri(Platform.Site, $"/language/{language}?returnUrl=%2F").ToString());
        await page.GotoAsync(new Uri(Platform.Site, path).ToString());
        return page;
    }

    /// <summary>Submits the form of <paramref name="button"/> from the keyboard (focus, Enter); the answer to its post (a 303 followed to its page).</summary>
    protected static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        await button.FocusAsync();
        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        if (response.Status == 303)
        {
            // Redirect after post: the page that follows names what was done in its address.
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("[?&]done="), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }

        await page.WaitForLoadStateAsync();
        return response;
    }

    /// <summary>A proctoring event of the sitting sent as the proctoring service sends it (its token, the candidate's client asked for).</summary>
    protected async Task IngestAsync(string sittingId, string candidate, Platform.Grains.Sittings.ProctoringEvent item) =>
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", LiveSittings.Proctoring, new[] { item },
            new Dictionary<string, string> { ["X-Proctoring-Token"] = await LiveSittings.TokenAsync(World, sittingId, candidate) });
}
