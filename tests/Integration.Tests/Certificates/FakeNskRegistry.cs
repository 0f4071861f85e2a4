using System.Collections.Concurrent;
using Platform.Silo.Nsk;

namespace Platform.Integration.Tests.Certificates;

/// <summary>
/// A test double of the NSK registry: counts the deliveries of each key, refuses while <see cref="Down"/>, and forwards to
/// <see cref="Forward"/> (the real HTTP client to the frontend's stand-in) when one is set.
/// </summary>
public sealed class FakeNskRegistry : INskRegistry
{
    private readonly ConcurrentDictionary<string, int> _deliveries = new();

    public bool Down { get; set; }

    public INskRegistry? Forward { get; set; }

    public int DeliveriesOf(string key) => _deliveries.GetValueOrDefault(key);

    public async Task DeliverAsync(string idempotencyKey, string payloadJson, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (nsk.example.kz:443)");
        }

        if (Forward is not null)
        {
            await Forward.DeliverAsync(idempotencyKey, payloadJson, cancellationToken);
        }

        _deliveries.AddOrUpdate(idempotencyKey, 1, (_, count) => count + 1);
    }
}
