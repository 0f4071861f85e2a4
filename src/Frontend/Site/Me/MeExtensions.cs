namespace Platform.Frontend.Site.Me;

/// <summary>The candidate's portal and application form (<c>/me</c>, <c>/me/identity</c>, <c>/me/apply</c>): services and the preview.</summary>
public static class MeExtensions
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services) => services
        .AddSingleton<PageAudit>()
        .AddSingleton<Offerings>()
        .AddSingleton<PortalReader>()
        .AddSingleton<CandidateIdentities>()
        .AddSingleton<Applications>();

    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app) => app.MapApplicationPreview();
}
