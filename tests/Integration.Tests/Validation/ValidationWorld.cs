using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Validation;

/// <summary>One platform with the demo data for the request-validation tests of a class, started once.</summary>
public sealed class ValidationWorld : IAsyncLifetime
{
    public PlatformWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await PlatformWorld.StartAsync(Almaty(2026, 3, 2));

    public async Task DisposeAsync() => await World.DisposeAsync();
}
