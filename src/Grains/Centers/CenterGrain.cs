using Platform.Grains.Hosting;
using Platform.Grains.Procedure;

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

        state.State.Profile = profile;
        await state.WriteStateAsync();
    }

    public Task<CenterProfile?> GetProfile() => Task.FromResult(state.State.Profile);

    public async Task<long> AllocateDocumentSequence(string caseId)
    {
        if (state.State.RecentAllocations.TryGetValue(caseId, out var allocated))
        {
            return allocated;
        }

        var next = state.State.LastSequence + 1;
        state.State.LastSequence = next;
        if (state.State.RecentAllocations.Count >= RecentAllocationsKept)
        {
            state.State.RecentAllocations.Remove(state.State.RecentAllocations.MinBy(entry => entry.Value).Key);
        }

        state.State.RecentAllocations[caseId] = next;
        // Written before it is answered: if this write fails, nobody got the number; if the answer is lost, the number is spent.
        await state.WriteStateAsync();
        return next;
    }

    public async Task ReportDeadline(string caseId, DeadlineView deadline)
    {
        var key = $"{caseId}/{deadline.Kind}";
        var known = state.State.Board.GetValueOrDefault(key);
        if (known?.Status == deadline.Status)
        {
            return; // a repeated report changes nothing
        }

        if (deadline.Status == DeadlineStatus.Breached)
        {
            state.State.BreachedInAll++;
        }

        if (deadline.Status is DeadlineStatus.AtRisk or DeadlineStatus.Breached)
        {
            state.State.Board[key] = deadline;
        }
        else
        {
            state.State.Board.Remove(key);
        }

        await state.WriteStateAsync();
    }

    public async Task TrackCase(string caseId, bool open)
    {
        var changed = open ? state.State.OpenCases.Add(caseId) : state.State.OpenCases.Remove(caseId);
        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<DeadlineBoard> GetDeadlineBoard()
    {
        var entries = state.State.Board.Select(entry => new CaseDeadline(entry.Key[..entry.Key.IndexOf('/')], entry.Value)).ToList();
        return Task.FromResult(new DeadlineBoard(
            Number,
            [.. entries.Where(e => e.Deadline.Status == DeadlineStatus.AtRisk).OrderBy(e => e.Deadline.DueAt)],
            [.. entries.Where(e => e.Deadline.Status == DeadlineStatus.Breached).OrderBy(e => e.Deadline.DueAt)],
            state.State.BreachedInAll,
            state.State.OpenCases.Count));
    }
}
