using Orleans.Concurrency;
using Platform.Domain.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// Live news of a sitting for the frontend, which forwards it to SignalR groups (grains never see SignalR). One-way:
/// a slow or gone observer never holds the sitting up. Subscriptions expire; the frontend renews them.
/// </summary>
[Alias("Platform.Grains.Sittings.ISittingObserver")]
public interface ISittingObserver : IGrainObserver
{
    /// <summary>The sitting moved to another state (P8-P17, P11, P13).</summary>
    [OneWay, Alias("StateChanged")]
    Task StateChanged(string sittingId, SittingState state, TimeSpan timeLeft);

    /// <summary>P13: a first violation; the candidate must be warned.</summary>
    [OneWay, Alias("WarningIssued")]
    Task WarningIssued(string sittingId, SittingWarning warning);

    /// <summary>P13: terminated (online) or removed (offline) for a second violation.</summary>
    [OneWay, Alias("Ended")]
    Task Ended(string sittingId, SittingState state, string rule);

    /// <summary>SPEC §5: a suspicious event was logged, or confirmed as a violation.</summary>
    [OneWay, Alias("SuspiciousEventLogged")]
    Task SuspiciousEventLogged(string sittingId, SuspiciousEvent suspicious);

    /// <summary>P9: an answer was saved; how many of the ticket's questions are answered.</summary>
    [OneWay, Alias("AnswersSaved")]
    Task AnswersSaved(string sittingId, int answered, int total);
}
