namespace Platform.Grains.Procedure;

/// <summary>P6: the exam's date, time and place as the notice gave them.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.ExamAppointment")]
public sealed record ExamAppointment(
    [property: Id(0)] DateTimeOffset StartsAt,
    [property: Id(1)] string Place,
    [property: Id(2)] bool Online,
    [property: Id(3)] string Language,
    [property: Id(4)] DateOnly NoticeDay,
    [property: Id(5)] Platform.Domain.Deadlines.RescheduleReason? Reason);
