using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Commission;

/// <summary>P14: an online sitting's violation act drafted at its termination (P13) and not yet signed by the commission.</summary>
public sealed record PendingAct(string CaseId, string CandidateName, string ProgramCode, string SittingId, ViolationAct Draft);
