namespace Platform.Integration.Tests.Security;

/// <summary>A registrar's paper registration, as far as the probes need it: the IIN and the full name (personal data).</summary>
public sealed record ProbeCandidateRequest(string Iin, string FullName);
