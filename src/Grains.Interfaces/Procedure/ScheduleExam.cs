namespace Platform.Grains.Procedure;

/// <summary>
/// P6: the exam notice (date, time, place); or, with a <see cref="Reason"/>, the reschedule notice of P7 or P11.
/// The language is not the center's to set: the notice carries the one the candidate chose (P9).
/// </summary>
/// <param name="StartsAt">The exam's start, an instant (shown in Asia/Almaty).</param>
/// <param name="Place">The address (offline) or the online exam application's link.</param>
/// <param name="Online">Online with proctoring, or offline at the center.</param>
/// <param name="Reason">Null for the first notice; <c>SickLeave</c> (P7) or <c>TechnicalFailure</c> (P11) for a reschedule.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.ScheduleExam")]
public sealed record ScheduleExam(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] DateTimeOffset StartsAt,
    [property: Id(2)] string Place,
    [property: Id(3)] bool Online,
    // Id(4) was the language, which the center no longer sets (P9).
    [property: Id(5)] Platform.Domain.Deadlines.RescheduleReason? Reason,
    [property: Id(6)] Actor By);
