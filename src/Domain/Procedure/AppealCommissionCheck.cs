namespace Platform.Domain.Procedure;

/// <summary>
/// P21, P21-1: the center registers the appeal and passes it to an appeal commission it formed, for this review,
/// separately from the examination commission. The separation is by people: no member of the appeal commission sat
/// on the examination commission that decided the case.
/// </summary>
public static class AppealCommissionCheck
{
    /// <summary>No commission was formed under the id.</summary>
    public static ActionRequirement NotFormed { get; } = new("P21",
        "the appeal is passed to an appeal commission the center has formed; none is formed under this id",
        "апелляция направляется в апелляционную комиссию, сформированную центром; комиссия с таким идентификатором не сформирована",
        "апелляция орталық құрған апелляциялық комиссияға жіберіледі; мұндай сәйкестендіргіші бар комиссия құрылмаған");

    /// <summary>The commission is an examination commission.</summary>
    public static ActionRequirement NotAnAppealCommission { get; } = new("P21",
        "the appeal is passed to an appeal commission, not to an examination commission",
        "апелляция направляется в апелляционную комиссию, а не в экзаменационную комиссию",
        "апелляция емтихан комиссиясына емес, апелляциялық комиссияға жіберіледі");

    /// <summary>The commission belongs to another center.</summary>
    public static ActionRequirement AnotherCenter { get; } = new("P21",
        "the appeal is passed to an appeal commission of the center that registered it",
        "апелляция направляется в апелляционную комиссию центра, зарегистрировавшего заявление",
        "апелляция өтінішті тіркеген орталықтың апелляциялық комиссиясына жіберіледі");

    /// <summary>The commission was formed for the review of another case.</summary>
    public static ActionRequirement AnotherCase { get; } = new("P21-1",
        "the appeal commission is formed for the review of this case; this one was formed for another",
        "апелляционная комиссия создается на период рассмотрения данного дела; эта комиссия создана для другого дела",
        "апелляциялық комиссия осы істі қарау кезеңіне құрылады; бұл комиссия басқа іс үшін құрылған");

    /// <summary>A member of the appeal commission sat on the examination commission of the case.</summary>
    public static ActionRequirement SharedMember { get; } = new("P21-1",
        "the appeal commission shares no member with the examination commission of the case",
        "в состав апелляционной комиссии не входят члены экзаменационной комиссии по данному делу",
        "апелляциялық комиссияның құрамына осы іс бойынша емтихан комиссиясының мүшелері енгізілмейді");

    /// <summary>P21-1 by people: null when no appeal member is one of the examiners; otherwise why not.</summary>
    /// <param name="appealMembers">The appeal commission's members, by subject.</param>
    /// <param name="examiners">Who sat on the examination commission that decided the case, by subject.</param>
    public static ActionRequirement? Separation(IEnumerable<string> appealMembers, IEnumerable<string> examiners) =>
        appealMembers.Intersect(examiners, StringComparer.Ordinal).Any() ? SharedMember : null;

    /// <summary>P21, P21-1 when the appeal is registered: null when it may be passed to <paramref name="commission"/>.</summary>
    /// <param name="commission">The commission named, or null when none is formed under its id.</param>
    /// <param name="caseId">The case of the appeal.</param>
    /// <param name="caseCenter">The center of the case.</param>
    /// <param name="examiners">Who sat on the examination commission that signed the case's protocol, by subject.</param>
    public static ActionRequirement? Registration(AppealCommissionFacts? commission, string caseId, string caseCenter, IEnumerable<string> examiners) =>
        commission is null ? NotFormed
        : !commission.IsAppeal ? NotAnAppealCommission
        : commission.CenterNumber != caseCenter ? AnotherCenter
        : commission.CaseId != caseId ? AnotherCase
        : Separation(commission.Members, examiners);
}
