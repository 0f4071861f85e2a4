namespace Platform.Frontend.Site.Appeal;

/// <summary>The services of the appeal commission's desk.</summary>
public static class AppealServices
{
    public static IServiceCollection AddAppealDesk(this IServiceCollection services) => services
        .AddSingleton<AppealDeskReader>()
        .AddSingleton<AppealDeskActions>()
        .AddSingleton<EvidenceReader>();
}
