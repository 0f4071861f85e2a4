using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.ComponentModel;

namespace Platform.LocalMail;

/// <summary>
/// A real SMTP server on a loopback port that writes each message it receives as a <c>.eml</c> file into a folder.
/// Development's (run.sh: <c>.data/mail/</c>) and the tests' (in the test process) stand-in for the mail server:
/// no relaying, no authentication, nothing leaves the machine.
/// </summary>
public sealed class LocalMailServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private Task? _running;

    public LocalMailServer(string folder, int port)
    {
        Folder = Path.GetFullPath(folder);
        Port = port;
        Directory.CreateDirectory(Folder);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new EmlFileStore(Folder));
        _server = new SmtpServer.SmtpServer(options, services);
    }

    /// <summary>The folder the <c>.eml</c> files are written to.</summary>
    public string Folder { get; }

    public int Port { get; }

    /// <summary>Starts listening; returns once the port accepts connections (10 s at most).</summary>
    public async Task StartAsync()
    {
        _running = _server.StartAsync(_stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await AcceptsAsync())
        {
            if (_running.IsFaulted || DateTime.UtcNow > deadline)
            {
                await _running; // its fault, if it has one
                throw new TimeoutException($"the local mail server did not listen on port {Port}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The messages received so far, oldest first: the paths of their files.</summary>
    public IReadOnlyList<string> Messages() =>
        [.. Directory.GetFiles(Folder, "*.eml").OrderBy(File.GetLastWriteTimeUtc).ThenBy(path => path, StringComparer.Ordinal)];

    /// <summary>Stops listening (the folder and its files stay).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        }

        _stop.Dispose();
    }

    private async Task<bool> AcceptsAsync()
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
