using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Commissions;

namespace Platform.Frontend.Cases;

/// <summary>P17 / P22: the present members' votes ("passed"/"notPassed"; "upheld"/"technicalDiscrepancy"/"rejected").</summary>
[ValidatableType]
public sealed record VotesRequest(
    [Present, Items(1, Lengths.Members)] IReadOnlyList<VoteRequest> Votes,
    [Text(Lengths.Prose, Multiline = true)] string? Reasons = null)
{
    public IReadOnlyList<Vote> ToVotes() => [.. Votes.Select(vote => new Vote(vote.Subject, vote.Choice))];
}
