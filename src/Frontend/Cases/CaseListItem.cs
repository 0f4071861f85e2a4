using System.Text.Json;

namespace Platform.Frontend.Cases;

/// <summary>A case in a list: where it stands and its deadlines, as the case projection holds it (no personal data).</summary>
public sealed record CaseListItem(
    string CaseId,
    string CenterNumber,
    string CandidateKey,
    string ProgramCode,
    string State,
    int Attempt,
    JsonElement Deadlines,
    string? CertificateSerial,
    DateTimeOffset UpdatedAt);
