using Platform.Grains.Documents;
using Platform.Grains.Hosting;

namespace Platform.Grains.Candidates;

public sealed class CandidateGrain(
    [PersistentState("candidate", PlatformDatabase.GrainStorage)] IPersistentState<CandidateState> state)
    : Grain, ICandidateGrain
{
    public async Task Register(CandidateIdentity identity)
    {
        if (state.State.Identity != identity)
        {
            state.State.Identity = identity;
            await state.WriteStateAsync();
        }
    }

    public Task<CandidateIdentity?> GetIdentity() => Task.FromResult(state.State.Identity);

    public async Task AddCase(string caseId)
    {
        if (!state.State.Cases.Contains(caseId))
        {
            state.State.Cases.Add(caseId);
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetCases() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Cases]);

    public async Task File(IssuedDocument document)
    {
        if (state.State.PersonalFile.All(d => d.Header.DocumentId != document.Header.DocumentId))
        {
            state.State.PersonalFile.Add(document);
            await state.WriteStateAsync();
        }
    }

    public async Task<bool> Remove(Guid documentId)
    {
        var removed = state.State.PersonalFile.RemoveAll(d => d.Header.DocumentId == documentId) > 0;
        if (removed)
        {
            await state.WriteStateAsync();
        }

        return removed;
    }

    public Task<IReadOnlyList<DocumentHeader>> GetPersonalFile() =>
        Task.FromResult<IReadOnlyList<DocumentHeader>>([.. state.State.PersonalFile.Select(d => d.Header).OrderBy(h => h.IssuedAt)]);

    public Task<IssuedDocument?> GetDocument(Guid documentId) =>
        Task.FromResult(state.State.PersonalFile.FirstOrDefault(d => d.Header.DocumentId == documentId));
}
