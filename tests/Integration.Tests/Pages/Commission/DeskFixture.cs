using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Commission;

/// <summary>
/// One platform with the demo data (center 0001, commission com-0001-a) and a procedure clock the tests move to each
/// exam day, shared by the commission's and the head's desks' tests; the frontend reads the same clock, so the desk's
/// "today" is the grains'. Each test drives cases of its own from the clock's today, which only moves forward.
/// </summary>
public sealed class DeskFixture : IAsyncLifetime
{
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public Uri Site => World.Frontend.Address;

    public async Task InitializeAsync() => _world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DeskCollection : ICollectionFixture<DeskFixture>
{
    public const string Name = "Staff desks";
}
