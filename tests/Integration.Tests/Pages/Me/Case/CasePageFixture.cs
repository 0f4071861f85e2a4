using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Me.Case;

/// <summary>
/// One platform with the demo data and a procedure clock the tests move (the exam day, the windows of P5 and P20),
/// shared by the case page's tests: each drives a case of its own from the clock's "today", which only moves forward.
/// The frontend reads the same clock, so the page's "today" is the grains'.
/// </summary>
public sealed class CasePageFixture : IAsyncLifetime
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
