using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Commission;
using Platform.Integration.Tests.Sittings.Live;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Appeal;

/// <summary>
/// The setup of an appeal desk test (the steps before the appeal commission's, through the HTTP API, and the sitting's
/// proctoring stream through its grain as the stream delivers it): candidate.1's online exam on Tue 17 Mar 2026 with
/// answers saved, a mobile phone seen (the warning, P13), the warning delivered, several faces seen and confirmed by
/// the commission — the second violation terminates the sitting (P13); the protocol not passed (P17), the failure
/// notice (P19), the candidate's appeal (P20), the head forms appeal-0001-a for the case (P21-1), the registrar
/// registers it (P21).
/// </summary>
public sealed class AppealJourney(World world, string caseId, string sittingId)
{
    public const string Commission = "appeal-0001-a";

    public const string Grounds = "Второе лицо в кадре — мой ребёнок вошёл в комнату, я не пользовался подсказками";

    private static readonly Actor Examiner = new("commission.0001.a", Roles.CommissionMember, "0001");

    public string CaseId { get; } = caseId;

    public string SittingId { get; } = sittingId;

    public string Desk => $"/appeal/{Commission}/cases/{CaseId}";

    public IExamSessionGrain Sitting => world.Grains.GetGrain<IExamSessionGrain>(SittingId);

    /// <summary>The online exam, its termination and the appeal registered to appeal-0001-a.</summary>
    public static async Task<AppealJourney> UnderReviewAsync(World world, string language)
    {
        var caseId = await LiveSittings.ScheduledAsync(world, language);
        var sittingId = await LiveSittings.CaseInTheoryAsync(world, caseId, LiveSittings.Candidate);
        var journey = new AppealJourney(world, caseId, sittingId);
        await journey.ProctoredAsync();
        await journey.AppealedAsync();
        await journey.RegisteredAsync();
        return journey;
    }

    /// <summary>Answers (the first 12 right), a phone seen and warned of (P13), several faces confirmed: terminated.</summary>
    private async Task ProctoredAsync()
    {
        await Platform.Integration.Tests.Sittings.Sittings.AnswerAsync(Sitting, 12);
        var t0 = world.Clock.GetUtcNow();
        await Sitting.Ingest([LiveSittings.Item(SittingId, t0)]);
        world.Clock.SetUtcNow(t0.AddSeconds(5));
        Assert.True((await Sitting.AcknowledgeWarningDelivered()).Accepted);
        var faces = LiveSittings.Suspicious(SittingId, t0.AddMinutes(4));
        await Sitting.Ingest([faces]);
        world.Clock.SetUtcNow(t0.AddMinutes(5));
        var confirmed = await Sitting.ConfirmViolation(new ConfirmViolation(faces.Id, Examiner));
        Assert.Equal(SittingState.Terminated, confirmed.Sitting!.State);
        await World.EventuallyAsync(() => StateAsync(), state => state == "awaitingProtocol", "the case awaits its protocol");

        // P14: the commission signs the act drafted at the termination; it prints the log's end at its signing.
        await World.EventuallyAsync(() => Sitting.Get(), view => view?.ViolationAct is not null, "the violation act is drafted");
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{SittingId}/violation-act/signature", "commission.0001.a", new
        {
            members = new[]
            {
                new { fullName = "Гүлнар Демоэкзаменатор", role = "chair" },
                new { fullName = "Мұрат Демоасессор", role = "member" },
            },
        });
    }

    /// <summary>Not passed by the three members of com-0001-a (P17), the failure notice (P19), the appeal (P20).</summary>
    private async Task AppealedAsync()
    {
        await world.OkAsync(HttpMethod.Post, $"/api/v1/commissions/com-0001-a/cases/{CaseId}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "notPassed" },
                new { subject = "commission.0001.b", choice = "notPassed" },
                new { subject = "commission.0001.c", choice = "notPassed" },
            },
            reasons = "Испытание прекращено после предупреждения (п. 13)",
        });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{CaseId}/failure-notice", "registrar.0001", new { recommendations = new[] { "Повторить тему НДС" } });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/cases/{CaseId}/appeal", LiveSittings.Candidate, new { grounds = Grounds });
    }

    /// <summary>P21, P21-1: appeal-0001-a formed for the case (none of com-0001-a on it) and the appeal passed to it.</summary>
    private Task RegisteredAsync() => FormAndRegisterAsync(world, CaseId);

    public static async Task FormAndRegisterAsync(World world, string caseId, string commission = Commission, string prefix = "appeal.0001")
    {
        object[] members = prefix == "appeal.0001"
            ?
            [
                new { subject = "appeal.0001", printedName = "Сәуле Демоапелляция", role = "chair" },
                new { subject = "appeal.0001.b", printedName = "Дәулет Демоқараушы", role = "member" },
                new { subject = "appeal.0001.c", printedName = "Камила Демотөреші", role = "secretary" },
            ]
            :
            [
                new { subject = prefix + ".chair", printedName = "Председатель Комиссии", role = "chair" },
                new { subject = prefix + ".member", printedName = "Член Комиссии", role = "member" },
                new { subject = prefix + ".secretary", printedName = "Секретарь Комиссии", role = "secretary" },
            ];
        await world.OkAsync(HttpMethod.Put, $"/api/v1/centers/0001/commissions/{commission}", "head.0001",
            new { kind = "appeal", members, examinationCommissionId = "com-0001-a", caseId });
        if (prefix == "appeal.0001")
        {
            await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/appeal-registration", "registrar.0001", new { appealCommissionId = commission });
        }
    }

    public async Task<CaseView> CaseAsync() => (await world.Grains.GetGrain<IApplicationGrain>(CaseId).Get())!;

    public async Task<string> StateAsync()
    {
        var state = (await CaseAsync()).State.ToString();
        return char.ToLowerInvariant(state[0]) + state[1..];
    }

    public static string Name => DeskJourney.CandidateName;
}
