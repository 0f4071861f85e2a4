namespace Platform.Grains.Sittings.Events;

/// <summary>
/// P6, P17: the exam day ended (its <paramref name="ExamDay"/>, Almaty time) with the sitting still open in
/// <paramref name="Stage"/> ("check-in" when the candidate never appeared, "practical"); it closed itself as unfinished.
/// </summary>
public sealed record ClosedAtDayEnd(string By, string Role, DateOnly ExamDay, string Stage, string Rule) : SittingEvent(SittingFactKind.ClosedAtDayEnd);
