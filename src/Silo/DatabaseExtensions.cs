using Npgsql;
using Platform.Grains.Live;
using Platform.Grains.Procedure;
using Platform.Silo.Database;
using Platform.Silo.Live;
using Platform.Silo.Procedure;
using Platform.Silo.Projections;

namespace Platform.Silo;

internal static class DatabaseExtensions
{
    /// <summary>The platform's data source and the migrations that run before the silo starts.</summary>
    public static IHostApplicationBuilder AddPlatformDatabase(this IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrationHostedService>();
        // Before Orleans, so that it stops after the silo: the last cases deactivating still find it writing.
        builder.Services.AddOptions<CaseProjectionOptions>().BindConfiguration("Projections:Cases");
        builder.Services.AddSingleton<CaseProjection>();
        builder.Services.AddSingleton<ICaseProjection>(services => services.GetRequiredService<CaseProjection>());
        builder.Services.AddHostedService(services => services.GetRequiredService<CaseProjection>());
        // Issue 16: the cases' deadline wake-ups (instead of Orleans reminders), batched across cases; also before Orleans.
        builder.Services.AddSingleton<CaseWakeups>();
        builder.Services.AddSingleton<ICaseWakeups>(services => services.GetRequiredService<CaseWakeups>());
        builder.Services.AddHostedService(services => services.GetRequiredService<CaseWakeups>());
        builder.Services.AddSingleton<ILiveSittingDirectory, LiveSittingDirectory>();
        return builder;
    }
}
