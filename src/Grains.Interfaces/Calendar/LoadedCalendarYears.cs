namespace Platform.Grains.Calendar;

/// <summary>The calendar years loaded by administrators, each as the JSON document of <c>CalendarYearData</c>.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Calendar.LoadedCalendarYears")]
public sealed record LoadedCalendarYears([property: Id(0)] int Version, [property: Id(1)] IReadOnlyList<string> Years);
