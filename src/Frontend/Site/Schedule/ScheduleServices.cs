namespace Platform.Frontend.Site.Schedule;

/// <summary>The services of the center's scheduling and exam-day pages.</summary>
public static class ScheduleServices
{
    public static IServiceCollection AddSchedulePages(this IServiceCollection services) => services
        .AddSingleton<ScheduleRooms>()
        .AddSingleton<ScheduleReader>()
        .AddSingleton<ScheduleActions>();
}
