using System.Linq.Expressions;
using System.Reflection;
using MessagePack;

namespace Platform.HubProtocol;

/// <summary>A property of type <typeparamref name="TValue"/>: read through a compiled getter, written by the resolver's formatter.</summary>
public sealed class TypedMapMember<T, TValue>(PropertyInfo property, string name) : MapMember<T>(property, name)
{
    private readonly Func<T, TValue> _get = Getter(property);

    public override object? Missing => default(TValue);

    public override void Write(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options) =>
        options.Resolver.GetFormatterWithVerify<TValue>().Serialize(ref writer, _get(value), options);

    public override object? Read(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        options.Resolver.GetFormatterWithVerify<TValue>().Deserialize(ref reader, options);

    private static Func<T, TValue> Getter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(T));
        return Expression.Lambda<Func<T, TValue>>(Expression.Property(instance, property), instance).Compile();
    }
}
