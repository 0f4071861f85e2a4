using System.Buffers;
using System.Globalization;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>
/// A <see cref="DateTimeOffset"/> as System.Text.Json writes it: ISO 8601 with its offset, the fraction of a second
/// without trailing zeros ("2026-03-17T10:00:00+05:00", "…T10:00:00.25+00:00").
/// </summary>
public sealed class InstantAsText : IMessagePackFormatter<DateTimeOffset>
{
    public void Serialize(ref MessagePackWriter writer, DateTimeOffset value, MessagePackSerializerOptions options)
    {
        var buffer = ArrayPool<char>.Shared.Rent(40);
        var text = buffer.AsSpan();
        value.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.Write(TimeText.TrimFraction(text[..length], 19));
        ArrayPool<char>.Shared.Return(buffer);
    }

    public DateTimeOffset Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        DateTimeOffset.Parse(reader.ReadString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
