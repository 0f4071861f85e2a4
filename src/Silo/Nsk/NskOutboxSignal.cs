using Platform.Silo.Outboxes;

namespace Platform.Silo.Nsk;

/// <summary>Wakes this silo's dispatcher when a result is enqueued here.</summary>
public sealed class NskOutboxSignal : OutboxSignal;
