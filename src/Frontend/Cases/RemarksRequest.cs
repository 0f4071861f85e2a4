using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P5: the remarks of the completeness review.</summary>
[ValidatableType]
public sealed record RemarksRequest(
    [Present, Items(0, Lengths.Remarks, ItemLength = Lengths.Remark, Multiline = true)] IReadOnlyList<string> Remarks);
