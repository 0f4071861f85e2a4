namespace Platform.Frontend.Sittings;

/// <summary>P10, P11: extra time the commission grants, with its reason.</summary>
public sealed record ExtraTimeRequest(int Minutes, string Reason);
