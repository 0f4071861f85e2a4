using Npgsql;
using Platform.Silo.Database;

namespace Platform.Silo;

internal static class DatabaseExtensions
{
    /// <summary>The platform's data source and the migrations that run before the silo starts.</summary>
    public static IHostApplicationBuilder AddPlatformDatabase(this IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrationHostedService>();
        return builder;
    }
}
