using Platform.Grains.Documents;

namespace Platform.Silo.Mail;

/// <summary>
/// An outbox entry claimed for sending: the address, the language, the document in Orleans' binary form (read with
/// <see cref="PostgresMailOutbox.Read"/>) and the attempt this is.
/// </summary>
public sealed record MailOutboxEntry(long Id, string Recipient, DocumentLanguage Language, byte[] Document, int Attempt);
