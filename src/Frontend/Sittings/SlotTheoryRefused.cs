namespace Platform.Frontend.Sittings;

/// <summary>A sitting of the slot whose theory did not open: the rule (P8, P2.8, P6, P9) and the refusal in the caller's language.</summary>
public sealed record SlotTheoryRefused(string SittingId, string CaseId, string Rule, string Detail);
