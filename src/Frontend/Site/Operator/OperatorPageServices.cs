namespace Platform.Frontend.Site.Operator;

/// <summary>The services of the national operator's pages (<c>/operator/…</c>, issue 15): all of them read, none changes.</summary>
public static class OperatorPageServices
{
    public static IServiceCollection AddOperatorPages(this IServiceCollection services) => services
        .AddSingleton<OperatorCenters>()
        .AddSingleton<NationalReader>()
        .AddSingleton<DeadlineReader>()
        .AddSingleton<RegistryReader>()
        .AddSingleton<StatisticsReader>()
        .AddScoped<OperatorCaseReader>();
}
