using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Commissions;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P9, P21-1: the head forms a commission under an id of the center's choosing.</summary>
[ValidatableType]
public sealed record CommissionRequest(
    [Present] CommissionKind? Kind,
    [Present, Items(1, Lengths.Members)] IReadOnlyList<MemberRequest> Members,
    [Format(Lengths.Key, "KeyFormat")] string? ExaminationCommissionId = null,
    [Format(Lengths.Key, "KeyFormat")] string? CaseId = null);

/// <summary>P15-P17 offline: the results the commission recorded when the candidate completed the procedure.</summary>
[ValidatableType]
public sealed record CompletionRequest(
    [Present, Between(0, 1_000)] int? TheoryCorrect,
    [Present, Between(1, 1_000)] int? TheoryTotal,
    [Present] SittingEnd? EndedBy,
    bool? PracticalPassed = null,
    [Items(0, Lengths.Remarks, ItemLength = Lengths.Remark, Multiline = true)] IReadOnlyList<string>? PracticalShortfalls = null);

/// <summary>P17 / P22: the present members' votes ("passed"/"notPassed"; "upheld"/"technicalDiscrepancy"/"rejected").</summary>
[ValidatableType]
public sealed record VotesRequest(
    [Present, Items(1, Lengths.Members)] IReadOnlyList<VoteRequest> Votes,
    [Text(Lengths.Prose, Multiline = true)] string? Reasons = null)
{
    public IReadOnlyList<Vote> ToVotes() => [.. Votes.Select(vote => new Vote(vote.Subject, vote.Choice))];
}
