using Platform.Domain.Procedure;

namespace Platform.Grains.Live;

/// <summary>The national operator's live counts of one center (SPEC §1: the operator watches all centers).</summary>
/// <param name="Center">The center number.</param>
/// <param name="ByState">Sittings per state (P8-P17, P11, P13).</param>
/// <param name="Warnings">Warnings issued (P13).</param>
/// <param name="Suspicious">Suspicious events logged.</param>
/// <param name="Terminations">Sittings terminated or candidates removed (P13).</param>
/// <param name="Revision">
/// Given by the center live grain, growing with every report (across its activations too). Orleans does not keep one-way
/// calls in order: the national live grain keeps the highest it heard of each center, and so do its watchers.
/// </param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Live.CenterCounts")]
public sealed record CenterCounts(
    [property: Id(0)] string Center,
    [property: Id(1)] IReadOnlyDictionary<SittingState, int> ByState,
    [property: Id(2)] int Warnings,
    [property: Id(3)] int Suspicious,
    [property: Id(4)] int Terminations,
    [property: Id(5)] long Revision = 0)
{
    /// <summary>Same numbers, whatever the revision (dictionaries compare by content).</summary>
    public bool SameAs(CenterCounts? other) =>
        other is not null && other.Center == Center && other.Warnings == Warnings && other.Suspicious == Suspicious
        && other.Terminations == Terminations && other.ByState.Count == ByState.Count
        && ByState.All(pair => other.ByState.TryGetValue(pair.Key, out var count) && count == pair.Value);
}
