using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Signing;

/// <summary>A case whose appeal waits for an appeal commission (P21), and who decided it (P21-1); null when unknown.</summary>
public sealed record AppealToStaff(string CaseId, string CandidateName, CaseExaminers? Examiners);
