using Platform.Domain.Rules;

namespace Platform.Grains.Sittings;

/// <summary>
/// The answer to an action on a sitting: the sitting as it now stands, and the refusal naming the rule when the
/// action broke one (P8, P2.8, P9, P11, P13…), worded at the edge. A refused action changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingResult")]
public sealed record SittingResult(
    [property: Id(0)] SittingView? Sitting,
    [property: Id(1)] Refusal? Refusal = null)
{
    public bool Accepted => Refusal is null;
}
