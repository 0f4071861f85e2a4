namespace Platform.Frontend.Certificates;

/// <summary>The body of a revocation: why the certificate no longer stands.</summary>
public sealed record RevocationRequest(string Reason);
