namespace Platform.Silo.Nsk;

/// <summary>The NSK digital platform's registry of results (P18.2), as the outbox dispatcher delivers to it.</summary>
public interface INskRegistry
{
    /// <summary>
    /// Delivers one result. The registry records a key once, so a repeated delivery is harmless.
    /// Throws when the registry did not take it (unreachable, timeout, refusal): the entry stays in the outbox.
    /// </summary>
    Task DeliverAsync(string idempotencyKey, string payloadJson, CancellationToken cancellationToken);
}
