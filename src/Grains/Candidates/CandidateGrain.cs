using Platform.Domain.Identity;
using Platform.Grains.Documents;
using Platform.Hosting;

namespace Platform.Grains.Candidates;

public sealed class CandidateGrain(
    [PersistentState("candidate", PlatformDatabase.GrainStorage)] IPersistentState<CandidateState> state)
    : Grain, ICandidateGrain
{
    public async Task<IdentityChange> Register(CandidateIdentity identity)
    {
        var existing = state.State.Identity;

        // The IIN's ciphertext differs at every encryption (random nonce); the key already says it is the same IIN.
        if (existing is not null && existing == identity with { ProtectedIin = existing.ProtectedIin })
        {
            return IdentityChange.Unchanged;
        }

        state.State.Identity = identity;
        await state.WriteOrUndoAsync(() => state.State.Identity = existing);
        return existing is null ? IdentityChange.Created : IdentityChange.Updated;
    }

    public async Task<IdentityChange> RegisterFromPaper(CandidateIdentity identity)
    {
        if (state.State.Identity is { } existing)
        {
            // A person's identity is theirs: another center's paper never overwrites it, it only finds the person.
            return SamePerson.NamesMatch(existing.Name.Surname, existing.Name.GivenName, identity.Name.Surname, identity.Name.GivenName)
                ? IdentityChange.AttachedExisting
                : IdentityChange.Mismatch;
        }

        state.State.Identity = identity;
        await state.WriteOrUndoAsync(() => state.State.Identity = null);
        return IdentityChange.Created;
    }

    public Task<CandidateIdentity?> GetIdentity() => Task.FromResult(state.State.Identity);

    public async Task AddCase(string caseId)
    {
        if (!state.State.Cases.Contains(caseId))
        {
            state.State.Cases.Add(caseId);
            await state.WriteOrUndoAsync(() => state.State.Cases.Remove(caseId));
        }
    }

    public Task<IReadOnlyList<string>> GetCases() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Cases]);

    public async Task File(IssuedDocument document)
    {
        if (state.State.PersonalFile.All(d => d.Header.DocumentId != document.Header.DocumentId))
        {
            state.State.PersonalFile.Add(document);
            await state.WriteOrUndoAsync(() => state.State.PersonalFile.Remove(document));
        }
    }

    public async Task<bool> Remove(Guid documentId)
    {
        var before = state.State.PersonalFile.ToList();
        var removed = state.State.PersonalFile.RemoveAll(d => d.Header.DocumentId == documentId) > 0;
        if (removed)
        {
            await state.WriteOrUndoAsync(() => state.State.PersonalFile = before);
        }

        return removed;
    }


    public Task<IReadOnlyList<DocumentHeader>> GetPersonalFile() =>
        Task.FromResult<IReadOnlyList<DocumentHeader>>([.. state.State.PersonalFile.Select(d => d.Header).OrderBy(h => h.IssuedAt)]);

    public Task<IssuedDocument?> GetDocument(Guid documentId) =>
        Task.FromResult(state.State.PersonalFile.FirstOrDefault(d => d.Header.DocumentId == documentId));
}
