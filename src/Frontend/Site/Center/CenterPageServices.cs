namespace Platform.Frontend.Site.Center;

/// <summary>The services of the registrar's pages (<c>/center/{number}</c>, its paper application and its review page).</summary>
public static class CenterPageServices
{
    public static IServiceCollection AddCenterPages(this IServiceCollection services) => services
        .AddSingleton<SurnameIndex>()
        .AddSingleton<InboxReader>()
        .AddSingleton<CandidateNames>()
        .AddSingleton<CenterDesk>()
        .AddScoped<ReviewReader>()
        .AddScoped<RegistrarActions>()
        .AddScoped<PaperApplications>();
}
