using Platform.Grains.Commissions;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P9, P21-1: the head forms a commission under an id of the center's choosing.</summary>
public sealed record CommissionRequest(
    CommissionKind Kind, IReadOnlyList<CommissionMember> Members, string? ExaminationCommissionId, string? CaseId);

/// <summary>P15-P17 offline: the results the commission recorded when the candidate completed the procedure.</summary>
public sealed record CompletionRequest(
    int TheoryCorrect, int TheoryTotal, bool? PracticalPassed, IReadOnlyList<string>? PracticalShortfalls, SittingEnd EndedBy);

/// <summary>P17 / P22: the present members' votes ("passed"/"notPassed"; "upheld"/"technicalDiscrepancy"/"rejected").</summary>
public sealed record VotesRequest(IReadOnlyList<Vote> Votes, string? Reasons);
