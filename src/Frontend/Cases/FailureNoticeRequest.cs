using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P19: recommendations to improve knowledge and skills.</summary>
[ValidatableType]
public sealed record FailureNoticeRequest(
    [Present, Items(0, Lengths.Remarks, ItemLength = Lengths.Remark, Multiline = true)] IReadOnlyList<string> Recommendations);
