using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Sittings;

/// <summary>P10, P11: minutes of extra time the commission grants, and why.</summary>
[ValidatableType]
public sealed record ExtraTimeRequest([Present, Between(1, 240)] int? Minutes, [Present, Text(Lengths.Prose, Multiline = true)] string Reason);
