using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Domain.Rules;

/// <summary>
/// A <see cref="Refusal"/> in JSON, as a client of the hubs receives it (e.g. in an answer's receipt):
/// <c>{"rule":"P9","message":"TheoryOver","arguments":[]}</c>, the rule by its id; read back through the catalogue.
/// </summary>
public sealed class RefusalJsonConverter : JsonConverter<Refusal>
{
    /// <inheritdoc/>
    public override Refusal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        string Text(string name) => root.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        var arguments = root.TryGetProperty("arguments", out var list) ? list.EnumerateArray().Select(a => a.GetString() ?? "").ToArray() : [];
        return new Refusal(Rule.Of(Text("rule")), Text("message"), arguments);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Refusal value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", value.Rule.Id);
        writer.WriteString("message", value.Message);
        writer.WriteStartArray("arguments");
        foreach (var argument in value.Arguments)
        {
            writer.WriteStringValue(argument);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
