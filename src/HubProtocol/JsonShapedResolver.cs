using System.Reflection;
using System.Text.Json.Serialization;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace Platform.HubProtocol;

/// <summary>
/// MessagePack formatters that give every hub message the shape System.Text.Json gives it on the JSON protocol
/// (<see cref="HubProtocols.JsonPayload"/>): objects as maps of their public properties under camelCase names (read
/// back by any case), enums as camelCase names (dictionary keys too), <see cref="DateTimeOffset"/> and
/// <see cref="DateTime"/> as ISO 8601 text, <see cref="TimeSpan"/> as "[-][d.]hh:mm:ss[.fffffff]", a type with its own
/// <see cref="JsonConverterAttribute"/> through that converter, nulls as nil. SignalR's default resolver would send
/// PascalCase names, timestamps and ticks instead, which the pages do not read.
/// </summary>
public sealed class JsonShapedResolver : IFormatterResolver
{
    public static readonly JsonShapedResolver Instance = new();

    private JsonShapedResolver()
    {
    }

    public IMessagePackFormatter<T>? GetFormatter<T>() => Cache<T>.Formatter;

    private static object? Find(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Create(typeof(NullableFormatter<>), inner);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new InstantAsText();
        }

        if (type == typeof(DateTime))
        {
            return new DateTimeAsText();
        }

        if (type == typeof(TimeSpan))
        {
            return new TimeSpanAsText();
        }

        if (type.IsEnum)
        {
            return Create(typeof(EnumAsName<>), type);
        }

        if (type.GetCustomAttribute<JsonConverterAttribute>() is not null)
        {
            return Create(typeof(ThroughJson<>), type);
        }

        if (type.IsArray && type.GetArrayRank() == 1 && !IsPlain(type.GetElementType()!))
        {
            return Create(typeof(ArrayFormatter<>), type.GetElementType()!);
        }

        return BuiltinResolver.Instance.GetFormatterDynamic(type)
            ?? DynamicGenericResolver.Instance.GetFormatterDynamic(type)
            ?? (type.IsClass || (type.IsValueType && !type.IsPrimitive) ? Create(typeof(ObjectAsMap<>), type) : null);
    }

    /// <summary>Written the same by MessagePack's built-in formatters and by System.Text.Json.</summary>
    private static bool IsPlain(Type type) => type.IsPrimitive || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal);

    private static object Create(Type formatter, Type argument) => Activator.CreateInstance(formatter.MakeGenericType(argument))!;

    private static class Cache<T>
    {
        public static readonly IMessagePackFormatter<T>? Formatter = (IMessagePackFormatter<T>?)Find(typeof(T));
    }
}
