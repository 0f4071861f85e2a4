using Platform.Grains.Documents;

namespace Platform.Frontend.Sittings;

/// <summary>P14: the commission members who sign the violation act.</summary>
public sealed record ViolationActRequest(IReadOnlyList<Signatory> Members);
