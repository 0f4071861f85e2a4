using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P15-P17 offline: the results the commission recorded when the candidate completed the procedure.</summary>
[ValidatableType]
public sealed record CompletionRequest(
    [Present, Between(0, 1_000)] int? TheoryCorrect,
    [Present, Between(1, 1_000)] int? TheoryTotal,
    [Present] SittingEnd? EndedBy,
    bool? PracticalPassed = null,
    [Items(0, Lengths.Remarks, ItemLength = Lengths.Remark, Multiline = true)] IReadOnlyList<string>? PracticalShortfalls = null);
