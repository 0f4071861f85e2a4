using System.Net;
using Orleans.Configuration;
using Orleans.Dashboard;
using Platform.Hosting;
using Platform.Silo.Demo;
using Platform.Silo.Faults;
using Platform.Silo.Sittings;
using Platform.Silo.Storage;
using Platform.Silo.Telemetry;

namespace Platform.Silo;

public static class SiloExtensions
{
    /// <summary>
    /// An Orleans silo on PostgreSQL: AdoNet clustering, the named grain store (group commit, table <c>grain_state</c>) and AdoNet reminders,
    /// after the migrations have been applied.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformSilo(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var connectionString = PlatformDatabase.ConnectionString(configuration);

        // Registered before UseOrleans so the migrations finish before the silo joins the cluster.
        builder.AddPlatformDatabase(connectionString);
        Development.AdjustableClockExtensions.AddAdjustableClockInDevelopment(builder);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CalendarSource>();
        builder.Services.AddStorableCollections();
        builder.AddSittingStorage();
        builder.AddPlatformCertificates();
        builder.AddNoticeMail();
        builder.AddSiloTelemetry();

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options => PlatformCluster.Configure(options, configuration));
            silo.ConfigureEndpoints(
                IPAddress.Parse(configuration["Orleans:AdvertisedIP"] ?? "127.0.0.1"),
                configuration.GetValue("Orleans:SiloPort", 11111),
                configuration.GetValue("Orleans:GatewayPort", 30000));
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = PlatformDatabase.Invariant;
                options.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage(PlatformDatabase.GrainStorage, options =>
            {
                options.Invariant = PlatformDatabase.Invariant;
                options.ConnectionString = connectionString;
            });
            // Every grain's state through one store: group commit in front of the AdoNet store (read for the states
            // written before migration 0018), the fault boundary around both.
            silo.AddGroupCommit(PlatformDatabase.GrainStorage);
            silo.AddStorageFaultBoundary(PlatformDatabase.GrainStorage);
            silo.UseAdoNetReminderService(options =>
            {
                options.Invariant = PlatformDatabase.Invariant;
                options.ConnectionString = connectionString;
            });
            if (PlatformDashboard.IsEnabled(configuration))
            {
                silo.AddDashboard();
            }

            SiloTelemetry.AddGrainCallTelemetry(silo, configuration);
        });

        // After UseOrleans: hosted services start in order, so the silo is up before the seed calls grains.
        // Issue 16: every minute on the procedure clock, the sittings' and the cases' sweeps are asked to run.
        builder.Services.AddHostedService<SweepTicker>();
        if (configuration.GetValue("Platform:SeedDemoData", false))
        {
            builder.Services.AddHostedService<DemoSeeder>();
        }

        return builder;
    }
}
