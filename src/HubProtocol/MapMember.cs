using System.Reflection;
using System.Text;
using MessagePack;

namespace Platform.HubProtocol;

/// <summary>One property of an <see cref="ObjectAsMap{T}"/>: its name on the wire, how it is written and read.</summary>
public abstract class MapMember<T>
{
    protected MapMember(PropertyInfo property, string name)
    {
        Property = property;
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
    }

    public PropertyInfo Property { get; }

    public string Name { get; }

    public byte[] Utf8Name { get; }

    /// <summary>What a constructor parameter gets when the map lacks the property: its type's default.</summary>
    public abstract object? Missing { get; }

    public abstract void Write(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options);

    public abstract object? Read(ref MessagePackReader reader, MessagePackSerializerOptions options);

    public static MapMember<T> Of(PropertyInfo property, string name) =>
        (MapMember<T>)Activator.CreateInstance(typeof(TypedMapMember<,>).MakeGenericType(typeof(T), property.PropertyType), property, name)!;
}
