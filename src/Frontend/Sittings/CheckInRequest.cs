using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Sittings;

/// <summary>P8: the candidate's acknowledgements; offline, the journal entry of the safety briefing.</summary>
[ValidatableType]
public sealed record CheckInRequest(
    bool MethodologyAcknowledged,
    bool ComplaintAndAppealAcknowledged,
    [Text(Lengths.Title, Multiline = true)] string? SafetyBriefingJournalEntry = null);
