using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Validation;

/// <summary>One platform with the demo data for the request-validation tests of a class, started once.</summary>
public sealed class ValidationWorld : IAsyncLifetime
{
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public async Task InitializeAsync() => _world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
