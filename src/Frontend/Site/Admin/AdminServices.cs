namespace Platform.Frontend.Site.Admin;

/// <summary>The services of the administrator's pages (issue 15).</summary>
public static class AdminServices
{
    public static IServiceCollection AddAdminPages(this IServiceCollection services) => services
        .AddSingleton<AdminCalendar>()
        .AddSingleton<AdminPrograms>()
        .AddSingleton<CenterStaff>()
        .AddSingleton<AdminCenters>();
}
