using Platform.Grains.Candidates;
using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Me;

/// <summary>What the portal shows: the identity (App.1) if registered, the cases, and the personal file (SPEC §4).</summary>
public sealed record PortalView(CandidateIdentity? Identity, IReadOnlyList<PortalCase> Cases, IReadOnlyList<DocumentHeader> Documents);
