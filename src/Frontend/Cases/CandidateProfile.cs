using Platform.Grains.Candidates;

namespace Platform.Frontend.Cases;

/// <summary>A candidate as the API shows them: the IIN masked, the key that names their cases.</summary>
public sealed record CandidateProfile(string CandidateKey, CandidateIdentity Identity)
{
    public static CandidateProfile From(string candidateKey, CandidateIdentity identity) =>
        new(candidateKey, identity with { ProtectedIin = "" });
}
