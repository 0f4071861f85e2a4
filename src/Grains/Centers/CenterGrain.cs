using Platform.Hosting;

namespace Platform.Grains.Centers;

public sealed class CenterGrain(
    [PersistentState("center", PlatformDatabase.GrainStorage)] IPersistentState<CenterState> state)
    : Grain, ICenterGrain
{
    private const int RecentAllocationsKept = 256;

    private string Number => this.GetPrimaryKeyString()["center-".Length..];

    public async Task Register(CenterProfile profile)
    {
        if (profile.Number != Number)
        {
            throw new ArgumentException($"profile of center {profile.Number} sent to center {Number}", nameof(profile));
        }

        var previous = state.State.Profile;
        state.State.Profile = profile;
        await state.WriteOrUndoAsync(() => state.State.Profile = previous);
        // Listed for the application form (P4); registering again is harmless, so a failure here is retried by the next registration.
        await GrainFactory.GetGrain<ICenterCatalogGrain>(CenterKeys.Catalog).Register(profile.Number);
    }

    public Task<CenterProfile?> GetProfile() => Task.FromResult(state.State.Profile);

    public async Task<long> AllocateDocumentSequence(string caseId)
    {
        if (state.State.RecentAllocations.TryGetValue(caseId, out var allocated))
        {
            return allocated;
        }

        var (last, recent) = (state.State.LastSequence, new Dictionary<string, long>(state.State.RecentAllocations));
        var next = state.State.LastSequence + 1;
        state.State.LastSequence = next;
        if (state.State.RecentAllocations.Count >= RecentAllocationsKept)
        {
            state.State.RecentAllocations.Remove(state.State.RecentAllocations.MinBy(entry => entry.Value).Key);
        }

        state.State.RecentAllocations[caseId] = next;
        // Written before it is answered: if this write fails, nobody got the number; if the answer is lost, the number is
        // spent (a write that did land leaves the ETag behind, so the next write fails and the grain reloads; never a repeat).
        await state.WriteOrUndoAsync(() => (state.State.LastSequence, state.State.RecentAllocations) = (last, recent));
        return next;
    }

}
