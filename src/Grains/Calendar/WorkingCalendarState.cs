namespace Platform.Grains.Calendar;

[GenerateSerializer, Alias("Platform.Grains.Calendar.WorkingCalendarState")]
public sealed class WorkingCalendarState
{
    [Id(0)] public int Version { get; set; }

    /// <summary>Year → its JSON document, as loaded.</summary>
    [Id(1)] public Dictionary<int, string> Years { get; set; } = [];
}
