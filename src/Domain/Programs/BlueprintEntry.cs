namespace Platform.Domain.Programs;

/// <summary>One line of the ticket blueprint: a ticket draws <paramref name="Count"/> questions of the topic (P9).</summary>
/// <param name="Topic">The id of the topic.</param>
/// <param name="Count">How many of its questions a ticket draws.</param>
public sealed record BlueprintEntry(string Topic, int Count);
