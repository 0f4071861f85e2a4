using Microsoft.Extensions.Validation;
using Platform.Domain.Deadlines;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P5: the remarks of the completeness review.</summary>
[ValidatableType]
public sealed record RemarksRequest(
    [Present, Items(0, Lengths.Remarks, ItemLength = Lengths.Remark, Multiline = true)] IReadOnlyList<string> Remarks);

/// <summary>
/// P6 (or a reschedule under P7/P11 with its reason): the exam's start, place or link and mode. No language: the
/// notice carries the one the candidate chose (P9).
/// </summary>
[ValidatableType]
public sealed record ExamNoticeRequest(
    [Present] DateTimeOffset? StartsAt,
    [Present, Text(Lengths.Address, Multiline = true)] string Place,
    bool Online,
    RescheduleReason? Reason = null);

/// <summary>P20: the day the results were handed over on paper.</summary>
[ValidatableType]
public sealed record ResultsReceivedRequest([Present] DateOnly? ReceivedOn);

/// <summary>P19: recommendations to improve knowledge and skills.</summary>
[ValidatableType]
public sealed record FailureNoticeRequest(
    [Present, Items(0, Lengths.Remarks, ItemLength = Lengths.Remark, Multiline = true)] IReadOnlyList<string> Recommendations);

/// <summary>P21, P21-1: the appeal commission formed for the review.</summary>
[ValidatableType]
public sealed record AppealRegistrationRequest([Present, Format(Lengths.Key, "KeyFormat")] string AppealCommissionId);
