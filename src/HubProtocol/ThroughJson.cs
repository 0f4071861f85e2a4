using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>
/// A type with its own JSON converter (e.g. the Rules' refusal: <c>{rule, message, arguments}</c>, the rule by its id):
/// written by System.Text.Json with <see cref="HubProtocols.JsonPayload"/> and carried over into MessagePack token by
/// token, read back the other way, so both protocols give its converter's shape.
/// </summary>
public sealed class ThroughJson<T> : IMessagePackFormatter<T?>
{
    public void Serialize(ref MessagePackWriter writer, T? value, MessagePackSerializerOptions options)
    {
        using var json = JsonSerializer.SerializeToDocument(value, HubProtocols.JsonPayload);
        JsonTokens.Write(ref writer, json.RootElement);
    }

    public T? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            JsonTokens.Read(ref reader, json, options);
        }

        return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, HubProtocols.JsonPayload);
    }
}
