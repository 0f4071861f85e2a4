using System.Collections.Immutable;

namespace Platform.Domain.Proctoring;

/// <summary>P12 part two: the prohibited items a qualification program allows (a calculator for accountants, say).</summary>
public sealed record AllowedItems
{
    private AllowedItems(ImmutableHashSet<ProhibitedItem> items) => Items = items;

    /// <summary>No item is allowed.</summary>
    public static AllowedItems None { get; } = new([]);

    /// <summary>The allowed items.</summary>
    public ImmutableHashSet<ProhibitedItem> Items { get; }

    /// <summary>A program that allows these items.</summary>
    public static AllowedItems Of(params IEnumerable<ProhibitedItem> items) => new(items.ToImmutableHashSet());

    /// <summary>Whether the program allows the item.</summary>
    public bool Allows(ProhibitedItem item) => Items.Contains(item);
}
