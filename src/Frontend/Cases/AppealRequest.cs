using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P20: the grounds of an appeal.</summary>
[ValidatableType]
public sealed record AppealRequest([Present, Text(Lengths.Prose, Multiline = true)] string Grounds);
