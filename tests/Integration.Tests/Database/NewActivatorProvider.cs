using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;

namespace Platform.Integration.Tests.Database;

/// <summary>Creates empty states with their parameterless constructor.</summary>
internal sealed class NewActivatorProvider : IActivatorProvider
{
    public IActivator<T> GetActivator<T>() => new NewActivator<T>();

    private sealed class NewActivator<T> : IActivator<T>
    {
        public T Create() => Activator.CreateInstance<T>();
    }
}
