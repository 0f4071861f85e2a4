using Platform.Grains.Documents;

namespace Platform.Grains.Candidates;

[GenerateSerializer, Alias("Platform.Grains.Candidates.CandidateState")]
public sealed class CandidateState
{
    [Id(0)] public CandidateIdentity? Identity { get; set; }

    [Id(1)] public List<string> Cases { get; set; } = [];

    [Id(2)] public List<IssuedDocument> PersonalFile { get; set; } = [];

    /// <summary>The language each case files its documents in (P9), so a document filed without one is mailed in it.</summary>
    [Id(3)] public Dictionary<string, DocumentLanguage> CaseLanguages { get; set; } = [];
}
