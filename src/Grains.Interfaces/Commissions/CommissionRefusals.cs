using Platform.Domain.Procedure;

namespace Platform.Grains.Commissions;

/// <summary>
/// The commission's refusals (P9, P17, P21-1) in English, Russian and Kazakh, in one place: the grain answers the
/// English message of <see cref="ICommissionGrain.Form"/> ("P9: ...") and the reasons of a <see cref="CommissionDecision"/>
/// from here; the frontend finds the wording of a message by <see cref="Find"/>.
/// </summary>
public static class CommissionRefusals
{
    public static readonly CommissionRefusal AlreadyFormed = new("P9", new Wording(
        "this commission is already formed",
        "эта комиссия уже сформирована",
        "бұл комиссия құрылып қойған"));

    public static readonly CommissionRefusal Composition = new("P9", new Wording(
        "a commission has one chair and at least three members",
        "комиссия состоит не менее чем из трех членов, один из которых является председателем",
        "комиссия кемінде үш мүшеден тұрады, олардың біреуі төраға болып табылады"));

    public static readonly CommissionRefusal MemberTwice = new("P9", new Wording(
        "a member sits on a commission once",
        "лицо включается в состав комиссии только один раз",
        "тұлға комиссия құрамына тек бір рет енгізіледі"));

    public static readonly CommissionRefusal AppealForOneCase = new("P21-1", new Wording(
        "an appeal commission is formed for one review: name the case and its examination commission",
        "апелляционная комиссия формируется для рассмотрения одной апелляции: укажите дело и его экзаменационную комиссию",
        "апелляциялық комиссия бір апелляцияны қарау үшін құрылады: істі және оның емтихан комиссиясын көрсетіңіз"));

    /// <summary>P21-1 by people, worded where the check is (<see cref="AppealCommissionCheck.SharedMember"/>).</summary>
    public static readonly CommissionRefusal AppealApart = new(AppealCommissionCheck.SharedMember.Rule, AppealCommissionCheck.SharedMember.Text);

    public static readonly CommissionRefusal PresentVoteOnce = new("P17", new Wording(
        "only the members present vote, once each",
        "голосуют только присутствующие члены комиссии, каждый один раз",
        "комиссияның қатысып отырған мүшелері ғана дауыс береді, әрқайсысы бір рет"));

    public static readonly CommissionRefusal TieWithoutChair = new("P17", new Wording(
        "the votes are tied and the chair, who decides a tie, is not present",
        "голоса разделились поровну, а председатель, голос которого в этом случае является решающим, отсутствует",
        "дауыстар тең бөлінді, ал мұндай жағдайда дауысы шешуші болып табылатын төраға қатыспайды"));

    /// <summary>Every refusal of the commission.</summary>
    public static IReadOnlyList<CommissionRefusal> All { get; } =
        [AlreadyFormed, Composition, MemberTwice, AppealForOneCase, AppealApart, PresentVoteOnce, TieWithoutChair];

    /// <summary>The refusal whose English message ("P9: ...") is <paramref name="message"/>; null for any other text.</summary>
    public static CommissionRefusal? Find(string message) => All.FirstOrDefault(r => r.Message == message);
}

/// <summary>One refusal of the commission: the rule and its reason in en, ru and kk.</summary>
/// <param name="Rule">The point of the Rules, e.g. "P9".</param>
/// <param name="Text">The reason in English, Russian and Kazakh.</param>
public sealed record CommissionRefusal(string Rule, Wording Text)
{
    /// <summary>"P9: ..." in English, as <see cref="ICommissionGrain.Form"/> answers it.</summary>
    public string Message => $"{Rule}: {Text.En}";

    /// <summary>The decision that could not be taken, carrying this refusal in the three languages.</summary>
    public CommissionDecision Decision() => new(null, false, [], Rule, Text.En, Text.Ru, Text.Kk);
}
