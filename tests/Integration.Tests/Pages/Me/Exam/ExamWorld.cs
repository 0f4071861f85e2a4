using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Pages.Me.Exam;

/// <summary>
/// The platform of the exam page's tests, on its own procedure clock (the exam needs its day): two online cases of
/// center 0001 scheduled through the API for Tue 17 Mar 2026 — candidate.1 in Kazakh, candidate.2 in Russian — and the
/// clock on that morning. Nobody has opened a sitting yet: each test does the staff's steps it needs.
/// </summary>
public sealed class ExamWorld : IAsyncLifetime
{
    public World World { get; private set; } = null!;

    /// <summary>The case of candidate.1, exam in Kazakh.</summary>
    public string KazakhCase { get; private set; } = "";

    /// <summary>The case of candidate.2, exam in Russian.</summary>
    public string RussianCase { get; private set; } = "";

    public Uri Site => World.Frontend.Address;

    public async Task InitializeAsync()
    {
        World = await Platform.Integration.Tests.Infrastructure.World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        KazakhCase = await ScheduledAsync(World, "kk", Candidate, examMorning: false);
        RussianCase = await ScheduledAsync(World, "ru", SecondCandidate);
    }

    public (string CaseId, string Account) CaseIn(string language) =>
        language == "kk" ? (KazakhCase, Candidate) : (RussianCase, SecondCandidate);

    public Task DisposeAsync() => World.DisposeAsync().AsTask();
}
