using Microsoft.Extensions.DependencyInjection;
using Platform.Frontend.Sittings;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// Issue 16: the hubs take a sitting's reference without Orleans' per-call reflection (<see cref="GrainReferences"/>);
/// it must be the very reference <c>GetGrain</c> gives, for every key, and reach the grain.
/// </summary>
public sealed class GrainReferencesTests
{
    [Fact]
    public async Task AReferenceMadeFromTheResolvedTypesIsTheOneGetGrainGivesAndReachesItsGrain()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var sittingId = await InTheoryAsync(world);

        foreach (var key in new[] { "sitting-first", sittingId, "sitting-" + new string('9', 40) })
        {
            var fast = (GrainReference)(object)GrainReferences.Get<IExamSessionGrain>(world.Grains, key);
            var usual = (GrainReference)(object)world.Grains.GetGrain<IExamSessionGrain>(key);
            Assert.Equal(usual.GrainId, fast.GrainId);
            Assert.Equal(usual.InterfaceType, fast.InterfaceType);
            Assert.Equal(usual, fast);
        }

        // Every grain factory of the process gets a working reference: the frontend's client, the silo's, the client
        // again (in CI a frontend of a test process holding several hosts once got back a plain reference, not a proxy).
        var client = world.Frontend.Services.GetRequiredService<IClusterClient>();
        foreach (var factory in new IGrainFactory[] { client, world.Grains, client })
        {
            Assert.IsAssignableFrom<IExamSessionGrain>(GrainReferences.Get<IExamSessionGrain>(factory, sittingId));
            Assert.NotNull(await GrainReferences.Get<IExamSessionGrain>(factory, sittingId).Get());
        }

        var view = await GrainReferences.Get<IExamSessionGrain>(world.Grains, sittingId).Get();
        Assert.NotNull(view);
        Assert.Equal(await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get(), view, new ViewIdentity());
        Assert.Null(await GrainReferences.Get<IExamSessionGrain>(world.Grains, "sitting-nobody-opened").Get());
    }

    /// <summary>The same sitting seen twice: the same id and status.</summary>
    private sealed class ViewIdentity : IEqualityComparer<SittingView?>
    {
        public bool Equals(SittingView? x, SittingView? y) => x?.SittingId == y?.SittingId && x?.State == y?.State;

        public int GetHashCode(SittingView? view) => view?.SittingId.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
