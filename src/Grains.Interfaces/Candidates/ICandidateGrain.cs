using Platform.Grains.Documents;

namespace Platform.Grains.Candidates;

/// <summary>
/// A candidate: identity, contacts and consents, their cases, and the personal file — every document the procedure
/// produced about them (SPEC §4). Key: <c>cand-&lt;base32 keyed hash of the IIN&gt;</c>.
/// </summary>
[Alias("Platform.Grains.Candidates.ICandidateGrain")]
public interface ICandidateGrain : IGrainWithStringKey
{
    /// <summary>
    /// The person's own registration: records or updates their identity and contacts (a repeat changes nothing).
    /// Answers <see cref="IdentityChange.Created"/>, <see cref="IdentityChange.Updated"/> or <see cref="IdentityChange.Unchanged"/>.
    /// </summary>
    [Alias("Register")]
    Task<IdentityChange> Register(CandidateIdentity identity);

    /// <summary>
    /// Staff registering a paper App.1 (P4): a new person is created; a person already registered is never changed —
    /// <see cref="IdentityChange.AttachedExisting"/> when the surname and given name match theirs, otherwise
    /// <see cref="IdentityChange.Mismatch"/>. Decided here, in one turn of the grain, so two centers cannot race.
    /// </summary>
    [Alias("RegisterFromPaper")]
    Task<IdentityChange> RegisterFromPaper(CandidateIdentity identity);

    [Alias("GetIdentity")]
    Task<CandidateIdentity?> GetIdentity();

    /// <summary>Adds a case the candidate applied in.</summary>
    [Alias("AddCase")]
    Task AddCase(string caseId);

    [Alias("GetCases")]
    Task<IReadOnlyList<string>> GetCases();

    /// <summary>Files a document in the personal file; the same document id twice files it once.</summary>
    [Alias("File")]
    Task File(IssuedDocument document);

    /// <summary>
    /// Files a document of a case whose language is <paramref name="caseLanguage"/> (P9): the same as <see cref="File(IssuedDocument)"/>,
    /// and the case's documents are e-mailed to the candidate in that language (issue 13).
    /// </summary>
    [Alias("FileInLanguage")]
    Task File(IssuedDocument document, DocumentLanguage caseLanguage);

    /// <summary>The personal file's index: the headers of its documents, oldest first.</summary>
    [Alias("GetPersonalFile")]
    Task<IReadOnlyList<DocumentHeader>> GetPersonalFile();

    /// <summary>P22: removes a document whose retention ended, on a staff decision; true when it was there.</summary>
    [Alias("Remove")]
    Task<bool> Remove(Guid documentId);

    [Alias("GetDocument")]
    Task<IssuedDocument?> GetDocument(Guid documentId);
}
