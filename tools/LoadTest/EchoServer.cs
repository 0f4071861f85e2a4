using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.HubProtocol;

namespace Platform.LoadTest;

/// <summary>
/// The echo reference's server (issue 16): a bare Kestrel with one SignalR hub whose methods return at once, run as a
/// process of its own (<c>--echo-server --port N</c>) as the platform's frontend is, so the reference pays what the
/// platform's hop pays (sockets, framing, JSON) and nothing of the platform's work. One line on stdout when it listens.
/// </summary>
public static class EchoServer
{
    public const string Path = "/hubs/echo";

    public const string Listening = "echo server listening";

    public static async Task<int> RunAsync(int port, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxConcurrentConnections = null;
            kestrel.Limits.MaxConcurrentUpgradedConnections = null;
        });
        // The proctoring hub's own limits: a call of 200 heartbeats is larger than SignalR's default 32 KB message, and
        // the calls of a second go out together on one connection.
        builder.Services.AddSignalR().AddHubProtocols().AddHubOptions<EchoHub>(options =>
        {
            options.MaximumReceiveMessageSize = ProctoringHubLimits.MaxMessageBytes;
            options.MaximumParallelInvocationsPerClient = ProctoringHubLimits.ParallelBatchesPerConnection;
        });
        await using var app = builder.Build();
        app.MapHub<EchoHub>(Path);
        await app.StartAsync(cancel);
        Console.WriteLine(Listening);
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Stopped by the run (SIGTERM) or Ctrl+C.
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
