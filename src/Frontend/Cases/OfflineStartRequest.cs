using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>
/// P8 offline: what the candidate acknowledged on the signed paper (the methodology and tools of the program, the
/// complaint and appeal procedures), as the commission records it, and the safety briefing's entry in the journal.
/// </summary>
[ValidatableType]
public sealed record OfflineStartRequest(
    bool MethodologyAcknowledged,
    bool ComplaintAndAppealAcknowledged,
    [Text(Lengths.Title, Multiline = true)] string? SafetyBriefingJournalEntry = null);
