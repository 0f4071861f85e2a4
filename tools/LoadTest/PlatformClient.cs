using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.HubProtocol;

namespace Platform.LoadTest;

/// <summary>
/// The platform over its real protocols: HTTP with tokens of the development issuer, renewed at three quarters of their
/// lifetime, and SignalR connections with one TCP connection each (no negotiation, WebSockets only, the token in
/// <c>access_token</c>) that reconnect with a fresh token when the server closes them at their token's expiry.
/// </summary>
public sealed class PlatformClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, Lazy<Task<IssuedToken>>> _tokens = new();

    public PlatformClient(Uri baseUrl, int connections, string protocol = "json")
    {
        BaseUrl = baseUrl;
        Protocol = protocol;
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = baseUrl,
            Timeout = RequestTimeout,
        };
    }

    public Uri BaseUrl { get; }

    /// <summary>Issue 17: told of each "unexpected error" (the hubs' 500) a connection met and sent its call again after.</summary>
    public Action<string>? UnexpectedError { get; set; }

    /// <summary>The hubs' protocol: "json" or "msgpack" (the same shapes, <see cref="HubProtocols"/>).</summary>
    public string Protocol { get; }

    /// <summary>A development token for an account: cached, and renewed (once, however many ask) when it grows stale.</summary>
    public async Task<string> TokenAsync(string account)
    {
        var cached = _tokens.GetOrAdd(account, Issue);
        var token = await cached.Value;
        if (!token.Stale)
        {
            return token.Value;
        }

        var renewed = Issue(account);
        return (await (_tokens.TryUpdate(account, renewed, cached) ? renewed : _tokens[account]).Value).Value;
    }

    /// <summary>
    /// Sends as an account and expects success; the JSON answer. A 429 (5 times at most), or a 503 (the platform's "try
    /// again in a few seconds" when it is too busy or, issue 17, a silo or PostgreSQL is down; for up to
    /// <see cref="HubRefusals.Patience"/>), is retried after its Retry-After or a second.
    /// </summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, string account, object? body = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            NoticeUnexpected(response, method, url);
            if (TryAgain(response, attempt, started))
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

    /// <summary>
    /// A started hub connection as an account: one WebSocket, no negotiation, a fresh token at each (re)connect. After a
    /// reconnect, <paramref name="restore"/> redoes what the hub keeps per connection before calls go out again.
    /// </summary>
    public async Task<LiveConnection> ConnectAsync(string hub, string account, Func<HubConnection, Task> restore, CancellationToken cancel, OutageClock? outages = null)
    {
        var connection = HubConnections.Build(new Uri(BaseUrl, hub), async () => await TokenAsync(account), Protocol);
        var live = new LiveConnection(connection, restore, outages, UnexpectedError);
        await connection.StartAsync(cancel);
        return live;
    }

    public void Dispose() => _http.Dispose();

    private Lazy<Task<IssuedToken>> Issue(string account) => new(() => IssueAsync(account));

    private async Task<IssuedToken> IssueAsync(string account)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            using var response = await _http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
            NoticeUnexpected(response, HttpMethod.Post, "/api/v1/dev/tokens");
            if (TryAgain(response, attempt, started))
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SetupException($"token for {account}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}", response.StatusCode);
            }

            var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
            return IssuedToken.From(issued.GetProperty("accessToken").GetString()!, DateTimeOffset.UtcNow, issued.GetProperty("expiresAt").GetDateTimeOffset());
        }
    }

    /// <summary>A 429 goes again 5 times at most; a 503 (issue 17: an outage) until <see cref="HubRefusals.Patience"/> runs out.</summary>
    private static bool TryAgain(HttpResponseMessage response, int attempt, long started) =>
        (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 5)
        || (response.StatusCode == HttpStatusCode.ServiceUnavailable && System.Diagnostics.Stopwatch.GetElapsedTime(started) < HubRefusals.Patience);

    /// <summary>Issue 17: a 500 is the platform's defect, not a fault it reported (that is a 503); counted.</summary>
    private void NoticeUnexpected(HttpResponseMessage response, HttpMethod method, string url)
    {
        if (response.StatusCode == HttpStatusCode.InternalServerError)
        {
            UnexpectedError?.Invoke($"{method} {url}: 500");
        }
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
