using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>
/// P21, P21-1: the center registers the appeal and passes it to an appeal commission it formed, for this review,
/// separately from the examination commission. The separation is by people: no member of the appeal commission sat
/// on the examination commission that decided the case.
/// </summary>
public static class AppealCommissionCheck
{
    /// <summary>No commission was formed under the id.</summary>
    public static Refusal NotFormed { get; } = Refusal.Of(Rule.P21, "AppealCommissionNotFormed");

    /// <summary>The commission is an examination commission.</summary>
    public static Refusal NotAnAppealCommission { get; } = Refusal.Of(Rule.P21, "NotAnAppealCommission");

    /// <summary>The commission belongs to another center.</summary>
    public static Refusal AnotherCenter { get; } = Refusal.Of(Rule.P21, "AppealCommissionOfAnotherCenter");

    /// <summary>The commission was formed for the review of another case.</summary>
    public static Refusal AnotherCase { get; } = Refusal.Of(Rule.P21_1, "AppealCommissionOfAnotherCase");

    /// <summary>A member of the appeal commission sat on the examination commission of the case.</summary>
    public static Refusal SharedMember { get; } = Refusal.Of(Rule.P21_1, "AppealCommissionSharesMember");

    /// <summary>P21-1 by people: null when no appeal member is one of the examiners; otherwise why not.</summary>
    /// <param name="appealMembers">The appeal commission's members, by subject.</param>
    /// <param name="examiners">Who sat on the examination commission that decided the case, by subject.</param>
    public static Refusal? Separation(IEnumerable<string> appealMembers, IEnumerable<string> examiners) =>
        appealMembers.Intersect(examiners, StringComparer.Ordinal).Any() ? SharedMember : null;

    /// <summary>P21, P21-1 when the appeal is registered: null when it may be passed to <paramref name="commission"/>.</summary>
    /// <param name="commission">The commission named, or null when none is formed under its id.</param>
    /// <param name="caseId">The case of the appeal.</param>
    /// <param name="caseCenter">The center of the case.</param>
    /// <param name="examiners">Who sat on the examination commission that signed the case's protocol, by subject.</param>
    public static Refusal? Registration(AppealCommissionFacts? commission, string caseId, string caseCenter, IEnumerable<string> examiners) =>
        commission is null ? NotFormed
        : !commission.IsAppeal ? NotAnAppealCommission
        : commission.CenterNumber != caseCenter ? AnotherCenter
        : commission.CaseId != caseId ? AnotherCase
        : Separation(commission.Members, examiners);
}
