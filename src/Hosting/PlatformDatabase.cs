using Microsoft.Extensions.Configuration;

namespace Platform.Hosting;

/// <summary>Where the platform's PostgreSQL is, and the names its Orleans providers use.</summary>
public static class PlatformDatabase
{
    /// <summary>The ADO.NET invariant under which Orleans finds Npgsql.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The named grain store every platform grain persists to.</summary>
    public const string GrainStorage = "platform";

    /// <summary>
    /// The connection string: <c>PLATFORM_POSTGRES</c> from the environment first (run.sh and test.sh set it),
    /// then <c>ConnectionStrings:Platform</c> from configuration.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration["PLATFORM_POSTGRES"] is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : configuration.GetConnectionString("Platform")
              ?? throw new InvalidOperationException(
                  "No PostgreSQL connection string: set PLATFORM_POSTGRES or ConnectionStrings:Platform (./run.sh sets it for you).");
}
