using Microsoft.Extensions.Validation;
using Platform.Domain.Deadlines;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

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
