using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>
/// P9, P17, P21-1: the refusals of a commission, when it is formed (one chair and at least three members, each once; an
/// appeal commission for one review, sharing no member with the examination commission) and when it votes (the members
/// present, once each; a tie decided by the chair present).
/// </summary>
public static class CommissionRefusals
{
    /// <summary>The commission is already formed, with another composition.</summary>
    public static Refusal AlreadyFormed { get; } = Refusal.Of(Rule.P9, "CommissionAlreadyFormed");

    /// <summary>Not one chair and at least three members.</summary>
    public static Refusal Composition { get; } = Refusal.Of(Rule.P9, "CommissionComposition");

    /// <summary>A member listed twice.</summary>
    public static Refusal MemberTwice { get; } = Refusal.Of(Rule.P9, "CommissionMemberTwice");

    /// <summary>An appeal commission that names no case, or no examination commission, of the center.</summary>
    public static Refusal AppealForOneCase { get; } = Refusal.Of(Rule.P21_1, "AppealCommissionForOneCase");

    /// <summary>A vote of someone not on the commission, or twice, or no vote.</summary>
    public static Refusal PresentVoteOnce { get; } = Refusal.Of(Rule.P17, "PresentMembersVoteOnce");

    /// <summary>A tie with the chair absent.</summary>
    public static Refusal TieWithoutChair { get; } = Refusal.Of(Rule.P17, "TieWithoutChair");

    /// <summary>Every refusal of a commission (P21-1 by people is <see cref="AppealCommissionCheck.SharedMember"/>).</summary>
    public static IReadOnlyList<Refusal> All { get; } =
        [AlreadyFormed, Composition, MemberTwice, AppealForOneCase, AppealCommissionCheck.SharedMember, PresentVoteOnce, TieWithoutChair];
}
