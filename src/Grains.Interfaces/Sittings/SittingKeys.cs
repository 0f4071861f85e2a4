namespace Platform.Grains.Sittings;

/// <summary>
/// Grain keys of sittings: <c>sitting-&lt;case guid&gt;-&lt;attempt&gt;</c>, one per attempt of a case (P19 retakes,
/// P7 and P11 reschedules start a new attempt or a new sitting). Never digit-only (SPEC §6).
/// </summary>
public static class SittingKeys
{
    /// <summary>The prefix of a sitting grain's key.</summary>
    public const string Prefix = "sitting-";

    private const string CasePrefix = "case-";

    /// <summary>The key of the sitting of a case (<c>case-&lt;guid&gt;</c>) for one attempt, counted from 1.</summary>
    public static string For(string caseId, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);
        var id = caseId.StartsWith(CasePrefix, StringComparison.Ordinal) ? caseId[CasePrefix.Length..] : caseId;
        return $"{Prefix}{id}-{attempt}";
    }
}
