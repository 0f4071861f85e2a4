using System.Text.Json;

namespace Platform.Frontend.Security.Audit;

/// <summary>An audit entry as stored: its sequence number and the server's time of recording.</summary>
public sealed record AuditRecord(
    long Id,
    DateTimeOffset At,
    string Actor,
    string? ActorRoles,
    string Action,
    string? Subject,
    string? Origin,
    JsonElement? Details);
