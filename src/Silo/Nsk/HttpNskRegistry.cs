using System.Net;
using System.Text;

namespace Platform.Silo.Nsk;

/// <summary>
/// The NSK registry over HTTP: <c>POST {BaseUrl}/results</c> with the result as JSON and the serial number in the
/// <c>Idempotency-Key</c> header. 2xx, or 409 (already recorded), is delivered; anything else is an error to retry.
/// </summary>
public sealed class HttpNskRegistry(HttpClient http) : INskRegistry
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public async Task DeliverAsync(string idempotencyKey, string payloadJson, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "results")
        {
            Content = new StringContent(payloadJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
        {
            throw new HttpRequestException($"the NSK registry answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    /// <summary>A client for the registry at <paramref name="baseUrl"/>.</summary>
    public static HttpClient CreateClient(string baseUrl, TimeSpan timeout) => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"),
        Timeout = timeout,
    };
}
