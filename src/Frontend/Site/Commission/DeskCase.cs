using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Commission;

/// <summary>A case on a commission's desk: the case as it stands and the candidate's name (shown to members, never put in a URL).</summary>
public sealed record DeskCase(CaseView View, string CandidateName);
