using Platform.Silo.Outboxes;

namespace Platform.Silo.Mail;

/// <summary>Wakes this silo's mail dispatcher when a notice is enqueued here.</summary>
public sealed class MailOutboxSignal : OutboxSignal;
