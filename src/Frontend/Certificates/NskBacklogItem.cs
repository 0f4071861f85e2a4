namespace Platform.Frontend.Certificates;

/// <summary>One result not yet delivered to the NSK platform (P18.2), as the operator sees it.</summary>
public sealed record NskBacklogItem(
    string SerialNumber,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError);
