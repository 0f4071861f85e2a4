using Newtonsoft.Json.Serialization;

namespace Platform.Silo.Storage;

/// <summary>
/// Names the collections C# synthesizes for collection expressions (<c>IReadOnlyList&lt;T&gt; x = [..]</c> gives an
/// internal <c>&lt;&gt;z__ReadOnlyArray&lt;T&gt;</c> and the like) as <see cref="List{T}"/> when grain state is stored.
/// Orleans' JSON store writes every object's type name and refuses, on reading, a type outside its allow-list — so
/// without this, state holding such a list is written fine and can no longer be read after a restart.
/// </summary>
public sealed class CompilerCollectionBinder(ISerializationBinder inner) : ISerializationBinder
{
    public Type BindToType(string? assemblyName, string typeName) => inner.BindToType(assemblyName, typeName);

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        inner.BindToName(AsStorable(serializedType), out assemblyName, out typeName);

    /// <summary>A compiler-synthesized collection of T becomes a List of T; any other type stays itself.</summary>
    public static Type AsStorable(Type type)
    {
        if (!type.Name.StartsWith("<>z__", StringComparison.Ordinal))
        {
            return type;
        }

        var element = type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];
        return element is null ? type : typeof(List<>).MakeGenericType(element);
    }
}
