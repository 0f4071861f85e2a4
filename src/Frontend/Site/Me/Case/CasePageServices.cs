namespace Platform.Frontend.Site.Me.Case;

/// <summary>The services of the candidate's case page (<c>/me/cases/{caseId}</c>).</summary>
public static class CasePageServices
{
    public static IServiceCollection AddCasePage(this IServiceCollection services) => services
        .AddScoped<CaseFileReader>()
        .AddScoped<CasePageActions>()
        .AddScoped<CaseUploads>();
}
