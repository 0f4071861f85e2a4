namespace Platform.Domain.Proctoring;

/// <summary>One detection of the proctoring stream (or one record of the commission, offline).</summary>
/// <param name="Id">Unique id; a repeated id is the same detection (duplicates are ignored).</param>
/// <param name="Kind">What was detected.</param>
/// <param name="At">When, by the source's clock.</param>
/// <param name="Item">The item, for <see cref="ProctoringKind.ProhibitedItem"/>; null otherwise.</param>
public sealed record Detection(string Id, ProctoringKind Kind, DateTimeOffset At, ProhibitedItem? Item = null)
{
    /// <summary>Throws when the item does not match the kind.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new ArgumentException("A detection needs an id.");
        }

        if (!Kind.IsDetection())
        {
            throw new ArgumentException($"Detection {Id}: {Kind} is not a detection.");
        }

        if (Kind.NamesAnItem() != Item.HasValue)
        {
            throw new ArgumentException($"Detection {Id}: an item is named exactly when the kind is {ProctoringKind.ProhibitedItem}.");
        }
    }
}
