using System.Buffers;
using System.Globalization;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>
/// A value written as MessagePack text in the form System.Text.Json gives it, so a page reads the same from either
/// protocol: formatted with <paramref name="format"/>, and for an instant the fraction of a second shortened as JSON
/// does (<paramref name="trimsFraction"/>: the fraction starts after "yyyy-MM-ddTHH:mm:ss").
/// </summary>
public abstract class TextFormatter<T>(string format, bool trimsFraction) : IMessagePackFormatter<T>
    where T : ISpanFormattable
{
    private const int FractionAt = 19;

    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        var buffer = ArrayPool<char>.Shared.Rent(48);
        var text = buffer.AsSpan();
        value.TryFormat(text, out var length, format, CultureInfo.InvariantCulture);
        writer.Write(trimsFraction ? TimeText.TrimFraction(text[..length], FractionAt) : text[..length]);
        ArrayPool<char>.Shared.Return(buffer);
    }

    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) => Parse(reader.ReadString()!);

    protected abstract T Parse(string text);
}
