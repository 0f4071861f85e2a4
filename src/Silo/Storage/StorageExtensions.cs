using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Serialization.TypeSystem;

namespace Platform.Silo.Storage;

internal static class StorageExtensions
{
    /// <summary>Grain state is stored with <see cref="CompilerCollectionBinder"/> around Orleans' own type binder.</summary>
    public static IServiceCollection AddStorableCollections(this IServiceCollection services) =>
        services.AddSingleton<IPostConfigureOptions<OrleansJsonSerializerOptions>, StorableCollections>();

    private sealed class StorableCollections(TypeConverter converter, TypeResolver resolver) : IPostConfigureOptions<OrleansJsonSerializerOptions>
    {
        public void PostConfigure(string? name, OrleansJsonSerializerOptions options)
        {
            var settings = options.JsonSerializerSettings;
            if (settings.SerializationBinder is not CompilerCollectionBinder)
            {
                settings.SerializationBinder = new CompilerCollectionBinder(
                    settings.SerializationBinder ?? new OrleansJsonSerializationBinder(converter, resolver, options.AllowAllTypes));
            }
        }
    }
}
