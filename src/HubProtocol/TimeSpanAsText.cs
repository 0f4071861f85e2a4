using System.Buffers;
using System.Globalization;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>A <see cref="TimeSpan"/> as System.Text.Json writes it: "[-][d.]hh:mm:ss[.fffffff]" (the "c" format).</summary>
public sealed class TimeSpanAsText : IMessagePackFormatter<TimeSpan>
{
    public void Serialize(ref MessagePackWriter writer, TimeSpan value, MessagePackSerializerOptions options)
    {
        var buffer = ArrayPool<char>.Shared.Rent(32);
        var text = buffer.AsSpan();
        value.TryFormat(text, out var length, "c", CultureInfo.InvariantCulture);
        writer.Write(text[..length]);
        ArrayPool<char>.Shared.Return(buffer);
    }

    public TimeSpan Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        TimeSpan.ParseExact(reader.ReadString()!, "c", CultureInfo.InvariantCulture);
}
