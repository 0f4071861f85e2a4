using System.Buffers;
using System.Globalization;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>A <see cref="DateTime"/> as System.Text.Json writes it: ISO 8601 ("…Z" when UTC), no trailing zeros in the fraction.</summary>
public sealed class DateTimeAsText : IMessagePackFormatter<DateTime>
{
    public void Serialize(ref MessagePackWriter writer, DateTime value, MessagePackSerializerOptions options)
    {
        var buffer = ArrayPool<char>.Shared.Rent(40);
        var text = buffer.AsSpan();
        value.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        writer.Write(TimeText.TrimFraction(text[..length], 19));
        ArrayPool<char>.Shared.Return(buffer);
    }

    public DateTime Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        DateTime.Parse(reader.ReadString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
