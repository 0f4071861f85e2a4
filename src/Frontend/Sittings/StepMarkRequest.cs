using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Sittings;

/// <summary>P16: whether a step of the technological map was performed per the map, with the commission's comment.</summary>
[ValidatableType]
public sealed record StepMarkRequest(bool PerformedPerMap, [Text(Lengths.Remark, Multiline = true)] string? Comment = null);
