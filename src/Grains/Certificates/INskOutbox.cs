namespace Platform.Grains.Certificates;

/// <summary>
/// P18.2: the results on their way to the NSK digital platform. Enqueuing is durable and idempotent (one entry per
/// serial number, a repeat is harmless); a dispatcher of the silo delivers the entries with retries.
/// </summary>
public interface INskOutbox
{
    Task EnqueueAsync(NskResult result, CancellationToken cancellationToken = default);
}
