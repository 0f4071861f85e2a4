using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.HubProtocol;

namespace Platform.LoadTest;

/// <summary>
/// How every hub connection of the tool is built, the platform's and the echo reference's alike (so the two are
/// compared like with like, and a change of protocol is made here once): one WebSocket, no negotiation (one TCP
/// connection, MEASURED.md), a token per (re)connect when there is one, the hubs' protocol chosen (JSON or MessagePack, the platform's shapes), reconnecting for as long as the run lasts.
/// </summary>
public static class HubConnections
{
    public static HubConnection Build(Uri url, Func<Task<string?>>? token, string protocol)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                if (token is not null)
                {
                    options.AccessTokenProvider = token;
                }

                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .WithAutomaticReconnect(new KeepReconnecting());
        var connection = (protocol == "msgpack" ? builder.AddMessagePackHubProtocol() : builder.AddJsonHubProtocol()).Build();
        connection.ServerTimeout = TimeSpan.FromSeconds(60);
        connection.HandshakeTimeout = TimeSpan.FromSeconds(60);
        return connection;
    }
}
