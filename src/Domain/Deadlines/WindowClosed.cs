using Platform.Domain.Rules;

namespace Platform.Domain.Deadlines;

/// <summary>
/// The refusal of a candidate's action whose window has closed: the rule's days, what they were for, and the date they
/// ended. The number of days is the law's (P5: 3, P20: 5), so each language's message carries it in its own words
/// ("3 рабочих дня", "5 рабочих дней"); a test holds the messages to <see cref="StatutoryDeadline.Length"/>.
/// </summary>
public static class WindowClosed
{
    /// <summary>The message keys, by what the closing window leads to.</summary>
    public static IReadOnlyDictionary<DeadlineExpiry, string> Messages { get; } = new Dictionary<DeadlineExpiry, string>
    {
        [DeadlineExpiry.ResultFinal] = "AppealWindowClosed",
        [DeadlineExpiry.MotivatedRefusalDrafted] = "RemarksWindowClosed",
    };

    /// <summary>The refusal of an action after <paramref name="window"/> closed on <paramref name="closedOn"/>.</summary>
    public static Refusal Refusal(StatutoryDeadline window, DateOnly closedOn) =>
        Rules.Refusal.Of(window.Rule, Messages.GetValueOrDefault(window.OnExpiry, "WindowClosed"), closedOn);
}
