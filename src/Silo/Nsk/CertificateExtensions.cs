using Platform.Documents.Signing;
using Platform.Grains.Certificates;
using Platform.Hosting;
using Platform.Hosting.Certificates;
using Platform.Silo.Nsk;
using Platform.Silo.Secrets;

namespace Platform.Silo;

/// <summary>
/// Certificates in the silo (P18, App.2, P18.2): the signing key and the seal the case grain puts on certificates, the
/// NSK outbox the certificate grain enqueues to, and its dispatcher.
/// </summary>
public static class CertificateExtensions
{
    /// <summary>Where Development delivers NSK results when <c>Platform:Nsk:BaseUrl</c> is not set: the frontend's stand-in.</summary>
    public const string DevelopmentRegistryPath = "/api/v1/dev/nsk/";

    public static IHostApplicationBuilder AddPlatformCertificates(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var publicBaseUrl = CertificateSettings.BaseUrl(configuration);
        var key = CertificateSigningKeySource.Load(configuration, builder.Environment);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton(new CertificateSigner(key));
        builder.Services.AddSingleton<ICertificateSeal>(services => new CertificateSeal(services.GetRequiredService<CertificateSigner>(), publicBaseUrl));
        return builder.AddNskOutbox(publicBaseUrl);
    }

    private static IHostApplicationBuilder AddNskOutbox(this IHostApplicationBuilder builder, string publicBaseUrl)
    {
        var section = builder.Configuration.GetSection(NskOptions.Section);
        var options = section.Get<NskOptions>() ?? new NskOptions();
        var baseUrl = options.BaseUrl is { Length: > 0 } configured ? configured
            : builder.Environment.IsDevelopment() ? publicBaseUrl + DevelopmentRegistryPath
            : throw new InvalidOperationException(
                $"The platform cannot start: {NskOptions.Section}:BaseUrl (the NSK digital platform's registry of results, P18.2) is missing from configuration.");

        var services = builder.Services;
        services.Configure<NskOptions>(section);
        services.AddSingleton<NskOutboxSignal>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<PostgresNskOutbox>(provider, Clock(provider)));
        services.AddSingleton<INskOutbox>(provider => provider.GetRequiredService<PostgresNskOutbox>());
        services.AddSingleton<INskRegistry>(_ => new HttpNskRegistry(HttpNskRegistry.CreateClient(baseUrl, options.Timeout)));
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<NskDispatcher>(provider, Clock(provider)));
        return builder;
    }

    /// <summary>The procedure's clock (a fake one in tests), so backoff and due times follow it.</summary>
    private static TimeProvider Clock(IServiceProvider provider) =>
        provider.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? provider.GetRequiredService<TimeProvider>();
}
