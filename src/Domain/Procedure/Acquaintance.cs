using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>
/// P8: before the exam the candidate is acquainted with the methodology and tools of the qualification program and
/// with the complaint and appeal procedures (each acknowledged); offline, the center also gives the induction safety
/// briefing, entered in its paper journal (the platform records the entry).
/// </summary>
public static class Acquaintance
{
    /// <summary>An acknowledgement is missing.</summary>
    public static Refusal NotAcquainted { get; } = Refusal.Of(Rule.P8, "NotAcquainted");

    /// <summary>Offline, the safety briefing's journal entry is missing.</summary>
    public static Refusal NoSafetyBriefing { get; } = Refusal.Of(Rule.P8, "NoSafetyBriefing");

    /// <summary>Null when the exam may begin as far as P8 goes; otherwise what is missing.</summary>
    /// <param name="methodology">The candidate acknowledged the methodology and tools of the program.</param>
    /// <param name="complaintAndAppeal">The candidate acknowledged the complaint and appeal procedures.</param>
    /// <param name="offline">The exam is held offline (the safety briefing is then required).</param>
    /// <param name="journalEntry">The safety briefing's entry in the paper journal.</param>
    public static Refusal? Check(bool methodology, bool complaintAndAppeal, bool offline, string? journalEntry) =>
        !methodology || !complaintAndAppeal ? NotAcquainted
        : offline && string.IsNullOrWhiteSpace(journalEntry) ? NoSafetyBriefing
        : null;
}
