using Platform.Grains.Sittings;
using Platform.Silo.Sittings;

namespace Platform.Silo;

public static class SittingStorageExtensions
{
    /// <summary>
    /// The sittings' event log (SPEC §5: durable before acknowledged, batched across sittings) and their wake-ups
    /// (issue 16, batched the same way). Registered before Orleans, so they stop after the silo: the last sittings
    /// deactivating still find them running.
    /// </summary>
    public static IHostApplicationBuilder AddSittingStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SittingEventLogOptions>().BindConfiguration("Sittings:EventLog");
        builder.Services.AddSingleton<SittingEventLog>();
        builder.Services.AddSingleton<ISittingEventLog>(services => services.GetRequiredService<SittingEventLog>());
        builder.Services.AddHostedService(services => services.GetRequiredService<SittingEventLog>());
        builder.Services.AddSingleton<SittingWakeups>();
        builder.Services.AddSingleton<ISittingWakeups>(services => services.GetRequiredService<SittingWakeups>());
        builder.Services.AddHostedService(services => services.GetRequiredService<SittingWakeups>());
        return builder;
    }
}
