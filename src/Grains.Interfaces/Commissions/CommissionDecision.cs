using Platform.Domain.Rules;

namespace Platform.Grains.Commissions;

/// <summary>What the commission decided, how, and who signed; or why it could not decide (P17), worded at the edge.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Commissions.CommissionDecision")]
public sealed record CommissionDecision(
    [property: Id(0)] string? Choice,
    [property: Id(1)] bool ByChairOnTie,
    [property: Id(2)] IReadOnlyList<string> SignedBy,
    [property: Id(3)] Refusal? Refusal = null)
{
    /// <summary>The decision that could not be taken, and why.</summary>
    public static CommissionDecision Refused(Refusal refusal) => new(null, false, [], refusal);
}
