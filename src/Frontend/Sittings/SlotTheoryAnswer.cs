namespace Platform.Frontend.Sittings;

/// <summary>What a slot's opening came to: the sittings whose theory opened, and those refused with the rule and why.</summary>
public sealed record SlotTheoryAnswer(IReadOnlyList<SlotTheoryOpened> Opened, IReadOnlyList<SlotTheoryRefused> Refused);
