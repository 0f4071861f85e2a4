using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Documents;

namespace Platform.Frontend.Cases;

/// <summary>
/// P13 offline, P14: the violation act the commission draws up — an oral warning (<c>warned</c>) or a removal
/// (<c>removed</c>), the stage, what was seen — and the accounts of its present members who sign it (their printed names
/// and roles come from the commission, never typed).
/// </summary>
[ValidatableType]
public sealed record OfflineViolationActRequest(
    [Present] ViolationActOutcome? Outcome,
    [Present, Text(Lengths.Title)] string Stage,
    [Present, Text(Lengths.Prose, Multiline = true)] string Observed,
    [Present, Items(1, Lengths.Members)] IReadOnlyList<string> Signatories);
