using Platform.Grains.Procedure;

namespace Platform.Frontend.Security.Access;

/// <summary>A candidate sees only their own cases and documents (issue 6); another candidate's are hidden (404).</summary>
public sealed class CandidateAccess
{
    public AccessDecision Check(PlatformUser user, string candidateKey, AccessIntent intent) =>
        user.Has(Roles.Candidate) && string.Equals(user.CandidateKey, candidateKey, StringComparison.Ordinal)
            ? AccessDecision.Allowed
            : CenterAccess.OperatorOrHidden(user, intent);
}
