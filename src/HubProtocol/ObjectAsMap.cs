using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MessagePack;
using MessagePack.Formatters;

namespace Platform.HubProtocol;

/// <summary>
/// An object as System.Text.Json writes it on the hubs: a map of its public readable properties (
/// <see cref="JsonIgnoreAttribute"/> and <see cref="JsonPropertyNameAttribute"/> honoured) under camelCase names,
/// nil for null. Read back by any case of the names, through the constructor whose parameters are named after the
/// properties (a record's), then the settable properties left; an unknown name is skipped.
/// </summary>
public sealed class ObjectAsMap<T> : IMessagePackFormatter<T?>
{
    private static readonly MapMember<T>[] Members = typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
        .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
        .Select(p => MapMember<T>.Of(p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
        .ToArray();

    private static readonly Dictionary<string, int> ByName = Members
        .Select((member, index) => (member, index))
        .ToDictionary(m => m.member.Name, m => m.index, StringComparer.OrdinalIgnoreCase);

    private static readonly Creation Create = Creation.For(Members);

    public void Serialize(ref MessagePackWriter writer, T? value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteMapHeader(Members.Length);
        foreach (var member in Members)
        {
            writer.WriteString(member.Utf8Name);
            member.Write(ref writer, value, options);
        }
    }

    public T? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.TryReadNil())
        {
            return default;
        }

        options.Security.DepthStep(ref reader);
        try
        {
            var values = new object?[Members.Length];
            var present = new bool[Members.Length];
            var count = reader.ReadMapHeader();
            for (var i = 0; i < count; i++)
            {
                if (ByName.TryGetValue(reader.ReadString() ?? "", out var index))
                {
                    values[index] = Members[index].Read(ref reader, options);
                    present[index] = true;
                }
                else
                {
                    reader.Skip();
                }
            }

            return Create.From(values, present);
        }
        finally
        {
            reader.Depth--;
        }
    }

    /// <summary>How an instance is made from the values read: its constructor's parameters, then its setters.</summary>
    private sealed class Creation(Func<object?[], T> construct, int[] parameters, (int Member, PropertyInfo Property)[] setters)
    {
        public static Creation For(MapMember<T>[] members)
        {
            var index = members.Select((m, i) => (m.Property.Name, i)).ToDictionary(m => m.Name, m => m.i, StringComparer.OrdinalIgnoreCase);
            var constructor = typeof(T).GetConstructors()
                .Where(c => c.GetParameters().All(p => p.Name is { } name && index.ContainsKey(name)))
                .OrderByDescending(c => c.GetParameters().Length)
                .FirstOrDefault();
            var parameters = constructor?.GetParameters().Select(p => index[p.Name!]).ToArray() ?? [];
            var arguments = Expression.Parameter(typeof(object?[]));
            Expression made = constructor is null
                ? (typeof(T).IsValueType ? Expression.Default(typeof(T)) : Expression.Throw(Expression.Constant(new MessagePackSerializationException($"{typeof(T).Name} cannot be made from a map.")), typeof(T)))
                : Expression.New(constructor, constructor.GetParameters().Select((p, i) =>
                    Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
            var setters = members.Select((m, i) => (Member: i, m.Property))
                .Where(s => s.Property.SetMethod is { IsPublic: true } && !parameters.Contains(s.Member))
                .ToArray();
            return new Creation(Expression.Lambda<Func<object?[], T>>(made, arguments).Compile(), parameters, setters);
        }

        public T From(object?[] values, bool[] present)
        {
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = present[parameters[i]] ? values[parameters[i]] : Members[parameters[i]].Missing;
            }

            var made = construct(arguments);
            object boxed = made!;
            foreach (var (member, property) in setters)
            {
                if (present[member])
                {
                    property.SetValue(boxed, values[member]);
                }
            }

            return (T)boxed;
        }
    }
}
