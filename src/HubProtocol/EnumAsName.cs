using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>
/// An enum as <see cref="JsonStringEnumConverter"/> with the camelCase policy writes it: the member's name in camelCase
/// (<see cref="JsonStringEnumMemberNameAttribute"/> honoured), a value without a name as its number; read back from the
/// name in any case, or from the number.
/// </summary>
public sealed class EnumAsName<TEnum> : IMessagePackFormatter<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(value => value, NameOf);

    private static readonly Dictionary<string, TEnum> Values =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public void Serialize(ref MessagePackWriter writer, TEnum value, MessagePackSerializerOptions options)
    {
        if (Names.TryGetValue(value, out var name))
        {
            writer.Write(name);
        }
        else
        {
            writer.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public TEnum Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.NextMessagePackType == MessagePackType.String)
        {
            var name = reader.ReadString()!;
            return Values.TryGetValue(name, out var value) ? value : throw new MessagePackSerializationException($"{name} is not a {typeof(TEnum).Name}.");
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), reader.ReadInt64());
    }

    private static string NameOf(TEnum value)
    {
        var name = Enum.GetName(value)!;
        var field = typeof(TEnum).GetField(name, BindingFlags.Public | BindingFlags.Static)!;
        return field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}
