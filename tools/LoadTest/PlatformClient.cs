using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.LoadTest;

/// <summary>
/// The platform over its real protocols: HTTP with tokens of the development issuer, and SignalR connections with one
/// TCP connection each (no negotiation, WebSockets only, the token in <c>access_token</c>).
/// </summary>
public sealed class PlatformClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();

    public PlatformClient(Uri baseUrl, int connections)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = baseUrl,
            Timeout = RequestTimeout,
        };
    }

    public Uri BaseUrl { get; }

    /// <summary>A development token for an account (cached).</summary>
    public Task<string> TokenAsync(string account) => _tokens.GetOrAdd(account, IssueAsync);

    /// <summary>Sends as an account and expects success; the JSON answer. A 429 is retried after its Retry-After (5 times at most).</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, string account, object? body = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 5)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SetupException($"{method} {url} as {account}: {(int)response.StatusCode} {Shorten(text)}", response.StatusCode);
            }

            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    /// <summary>A started hub connection as an account: one WebSocket, no negotiation.</summary>
    public async Task<HubConnection> ConnectAsync(string hub, string account, CancellationToken cancel)
    {
        var token = await TokenAsync(account);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseUrl, hub), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        connection.ServerTimeout = TimeSpan.FromSeconds(60);
        connection.HandshakeTimeout = TimeSpan.FromSeconds(60);
        await connection.StartAsync(cancel);
        return connection;
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> IssueAsync(string account)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await _http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 5)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SetupException($"token for {account}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}", response.StatusCode);
            }

            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
