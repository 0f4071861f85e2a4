namespace Platform.Grains.Sittings;

/// <summary>
/// The answer to an action on a sitting: the sitting as it now stands, and the refusal naming the rule when the
/// action broke one (P8, P2.8, P9, P11, P13…), with its reason in English, Russian and Kazakh. A refused action
/// changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingResult")]
public sealed record SittingResult(
    [property: Id(0)] SittingView? Sitting,
    [property: Id(1)] string? RefusedRule = null,
    [property: Id(2)] string? RefusalReason = null,
    [property: Id(3)] string? RefusalReasonRu = null,
    [property: Id(4)] string? RefusalReasonKk = null)
{
    public bool Accepted => RefusedRule is null;
}
