namespace Platform.Silo;

public static class SiloExtensions
{
    public static IHostApplicationBuilder AddPlatformSilo(this IHostApplicationBuilder builder) => builder;
}
