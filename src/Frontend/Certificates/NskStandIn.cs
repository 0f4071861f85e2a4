using System.Collections.Concurrent;
using System.Text.Json;

namespace Platform.Frontend.Certificates;

/// <summary>
/// DEVELOPMENT ONLY: a stand-in for the NSK digital platform's registry of results (P18.2), in memory. It records a key
/// once, as the real registry is expected to, and counts the deliveries so a developer sees a repeat.
/// </summary>
public sealed class NskStandIn(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, NskStandInRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Records the result; false when the key was already recorded (the payload first recorded is kept).</summary>
    public bool Record(string key, JsonElement payload)
    {
        var added = false;
        _records.AddOrUpdate(
            key,
            _ =>
            {
                added = true;
                return new NskStandInRecord(key, payload.Clone(), clock.GetUtcNow(), 1);
            },
            (_, known) => known with { Deliveries = known.Deliveries + 1 });
        return added;
    }

    public IReadOnlyList<NskStandInRecord> Records => [.. _records.Values.OrderBy(record => record.RecordedAt)];
}
