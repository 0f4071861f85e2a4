using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Grains.Sittings;

/// <summary>
/// The hash chain of a sitting's event log (tamper evidence for the appeal commission, P20-P22):
/// <c>hash = SHA-256(prev_hash || UTF-8(canonical record))</c>, the first record chained to 32 zero bytes.
/// The canonical record is the sitting, the sequence, the instant (UTC, microseconds, as PostgreSQL keeps it),
/// the kind and the payload, one per line.
/// </summary>
public static class SittingChain
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The next record of a chain whose last hash is <paramref name="previousHash"/>.</summary>
    public static SittingLogRecord Next(string sittingId, long sequence, string previousHash, DateTimeOffset at, string kind, string payload)
    {
        var instant = Truncate(at);
        return new SittingLogRecord(sittingId, sequence, instant, kind, payload, previousHash, HashOf(sittingId, sequence, previousHash, instant, kind, payload));
    }

    /// <summary>An instant as PostgreSQL stores it: UTC, whole microseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>Checks that the records follow each other from sequence 1 and that each hash is the hash of its record.</summary>
    public static (bool Intact, long? BrokenAt, string? Problem) Verify(string sittingId, IReadOnlyList<SittingLogRecord> records)
    {
        var previous = Genesis;
        var expected = 1L;
        foreach (var record in records)
        {
            var problem = record.SittingId != sittingId ? "the record belongs to another sitting"
                : record.Sequence != expected ? $"sequence {expected} is missing"
                : record.PreviousHash != previous ? "the record does not follow the hash of the record before"
                : HashOf(sittingId, record.Sequence, record.PreviousHash, record.At, record.Kind, record.Payload) != record.Hash
                    ? "the record's content does not match its hash (altered)"
                    : null;
            if (problem is not null)
            {
                return (false, record.Sequence, problem);
            }

            previous = record.Hash;
            expected++;
        }

        return (true, null, null);
    }

    private static string HashOf(string sittingId, long sequence, string previousHash, DateTimeOffset at, string kind, string payload)
    {
        var canonical = string.Join('\n',
            sittingId,
            sequence.ToString(CultureInfo.InvariantCulture),
            at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            kind,
            payload);
        var bytes = Convert.FromHexString(previousHash).Concat(Encoding.UTF8.GetBytes(canonical)).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
