using Platform.Domain.Identity;
using Platform.Grains.Documents;
using Platform.Hosting;

namespace Platform.Grains.Candidates;

public sealed class CandidateGrain(
    [PersistentState("candidate", PlatformDatabase.GrainStorage)] IPersistentState<CandidateState> state,
    INoticeMailOutbox mail)
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

    public Task File(IssuedDocument document) => FileAsync(document, null);

    public Task File(IssuedDocument document, DocumentLanguage caseLanguage) => FileAsync(document, caseLanguage);

    private async Task FileAsync(IssuedDocument document, DocumentLanguage? caseLanguage)
    {
        var caseId = document.Header.CaseReference;
        DocumentLanguage? known = state.State.CaseLanguages.TryGetValue(caseId, out var remembered) ? remembered : null;
        var isNew = state.State.PersonalFile.All(d => d.Header.DocumentId != document.Header.DocumentId);
        if (isNew || (caseLanguage is not null && caseLanguage != known))
        {
            var (file, languages) = (state.State.PersonalFile.ToList(), new Dictionary<string, DocumentLanguage>(state.State.CaseLanguages));
            if (isNew)
            {
                state.State.PersonalFile.Add(document);
            }

            if (caseLanguage is { } language)
            {
                state.State.CaseLanguages[caseId] = language;
            }

            await state.WriteOrUndoAsync(() => (state.State.PersonalFile, state.State.CaseLanguages) = (file, languages));
        }

        // On every filing, not only the first: a crash between the write above and the outbox is mended by the caller's
        // retry, and the outbox keeps one entry per document id, so a repeat never mails twice.
        await MailAsync(document, caseLanguage ?? known);
    }

    private async Task MailAsync(IssuedDocument document, DocumentLanguage? caseLanguage)
    {
        if (NoticeMailing.IsMailed(document.Header.Kind) && NoticeMailing.Recipient(state.State.Identity) is { } recipient)
        {
            var language = NoticeMailing.Language(document.Content, caseLanguage);
            await mail.EnqueueAsync(new NoticeMail(this.GetPrimaryKeyString(), recipient, language, document));
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
