namespace Platform.Frontend.Sittings;

/// <summary>A sitting of the slot whose theory is open (by this command or, the same command again, before).</summary>
public sealed record SlotTheoryOpened(string SittingId, string CaseId);
