namespace Platform.Frontend.Site.Live;

/// <summary>The services of the center's live dashboard (<c>/center/{n}/live</c>) and its sitting page.</summary>
public static class LiveServices
{
    public static IServiceCollection AddLivePages(this IServiceCollection services) => services
        .AddSingleton<LiveBoard>()
        .AddSingleton<LiveActions>();
}
