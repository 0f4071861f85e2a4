namespace Platform.Silo.Nsk;

/// <summary>An outbox entry claimed for delivery: its key (the serial), its JSON and the attempt this is.</summary>
public sealed record NskOutboxEntry(long Id, string IdempotencyKey, string PayloadJson, int Attempt);
