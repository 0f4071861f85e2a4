using System.Text.Json;

namespace Platform.Frontend.Certificates;

/// <summary>A result the NSK stand-in recorded: under its key once, however many times it was delivered.</summary>
public sealed record NskStandInRecord(string Key, JsonElement Payload, DateTimeOffset RecordedAt, int Deliveries);
