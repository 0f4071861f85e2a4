using Platform.Grains.Sittings;
using Platform.Silo.Sittings;

namespace Platform.Silo;

public static class SittingStorageExtensions
{
    /// <summary>
    /// The sittings' event log (SPEC §5: durable before acknowledged, batched across sittings). Registered before
    /// Orleans, so it stops after the silo: the last sittings deactivating still find it running.
    /// </summary>
    public static IHostApplicationBuilder AddSittingStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SittingEventLogOptions>().BindConfiguration("Sittings:EventLog");
        builder.Services.AddSingleton<SittingEventLog>();
        builder.Services.AddSingleton<ISittingEventLog>(services => services.GetRequiredService<SittingEventLog>());
        builder.Services.AddHostedService(services => services.GetRequiredService<SittingEventLog>());
        return builder;
    }
}
