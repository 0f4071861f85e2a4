using Npgsql;
using Platform.Grains.Live;
using Platform.Grains.Procedure;
using Platform.Silo.Database;
using Platform.Silo.Live;
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
        builder.Services.AddSingleton<ICaseProjection, CaseProjection>();
        builder.Services.AddSingleton<ILiveSittingDirectory, LiveSittingDirectory>();
        return builder;
    }
}
