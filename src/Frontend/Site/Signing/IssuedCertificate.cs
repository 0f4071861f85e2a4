namespace Platform.Frontend.Site.Signing;

/// <summary>A certificate the center issued (P18) and that still stands, as the head finds it: by candidate and case.</summary>
public sealed record IssuedCertificate(string CaseId, string CandidateName, string ProgramCode, string Serial);
