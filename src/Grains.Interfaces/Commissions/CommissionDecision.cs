namespace Platform.Grains.Commissions;

/// <summary>What the commission decided, how, and who signed; or why it could not decide (in en, ru and kk).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Commissions.CommissionDecision")]
public sealed record CommissionDecision(
    [property: Id(0)] string? Choice,
    [property: Id(1)] bool ByChairOnTie,
    [property: Id(2)] IReadOnlyList<string> SignedBy,
    [property: Id(3)] string? RefusedRule = null,
    [property: Id(4)] string? RefusalReason = null,
    [property: Id(5)] string? RefusalReasonRu = null,
    [property: Id(6)] string? RefusalReasonKk = null);
