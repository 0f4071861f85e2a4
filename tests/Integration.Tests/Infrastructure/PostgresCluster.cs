using System.Diagnostics;
using Npgsql;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>PLATFORM_POSTGRES</c> (test.sh starts it),
/// or one started here through <c>scripts/postgres.sh</c>. Every test gets a database of its own.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartSharedAsync);

    private readonly string? _dataDirectory;

    private PostgresCluster(string serverConnectionString, string? dataDirectory)
    {
        ServerConnectionString = serverConnectionString;
        _dataDirectory = dataDirectory;
    }

    /// <summary>Connection string to the server's maintenance database.</summary>
    public string ServerConnectionString { get; }

    /// <summary>The server every test shares, each in its own database.</summary>
    public static Task<PostgresCluster> SharedAsync() => Shared.Value;

    /// <summary>A private server the test may stop and start (for outage tests).</summary>
    public static async Task<PostgresCluster> StartPrivateAsync()
    {
        var dataDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qrp-tests", Guid.NewGuid().ToString("N"), "cluster");
        var connectionString = await RunScriptAsync("start", dataDirectory);
        return new PostgresCluster(connectionString, dataDirectory);
    }

    /// <summary>Creates an empty database with a fresh name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        // Dozens of silos and frontends run side by side in one test run: small pools keep them under the server's limit.
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    /// <summary>Stops a private server (fast shutdown: clients are disconnected).</summary>
    public Task StopAsync() => RunScriptAsync("stop", PrivateDirectory());

    /// <summary>Starts a stopped private server again on the same port.</summary>
    public Task StartAgainAsync() =>
        RunScriptAsync("start", PrivateDirectory(), new NpgsqlConnectionStringBuilder(ServerConnectionString).Port.ToString());

    private string PrivateDirectory() =>
        _dataDirectory ?? throw new InvalidOperationException("The shared server is not stopped by tests.");

    private static async Task<PostgresCluster> StartSharedAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PLATFORM_POSTGRES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new PostgresCluster(fromEnvironment, null);
        }

        var cluster = await StartPrivateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAsync().GetAwaiter().GetResult();
        return cluster;
    }

    private static async Task<string> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh {string.Join(' ', arguments)} failed: {await error}");
        }

        return (await output).Trim();
    }
}
