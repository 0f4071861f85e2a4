using Platform.Grains.Commissions;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Procedure;

/// <summary>Actors and commands of the procedure tests, so each test reads as the steps it takes.</summary>
public static class Cases
{
    public static readonly Actor Candidate = new("candidate-1", "candidate");
    public static readonly Actor Registrar = new("registrar.0001", "registrar", "0001");
    public static readonly Actor Head = new("head.0001", "head", "0001");
    public static readonly Actor Secretary = new("member.0001", "commission-member", "0001");

    /// <summary>The test candidate <see cref="WorldBuilder.WithTestCandidate"/> and <see cref="ProcedureCluster"/> register.</summary>
    public const string CandidateKey = "cand-testcandidateaaaaaaaaaaaaaaa";

    public static string NewCaseId() => "case-" + Guid.NewGuid().ToString("N");

    public static SubmitApplication Application(
        string program = "accountant-nrk5", ApplicationChannel channel = ApplicationChannel.Online, string candidateKey = CandidateKey) =>
        new(Guid.NewGuid(), "0001", candidateKey, program, 5, channel,
            [new AttachedDocument(AttachmentKind.Education, "Diploma", null)], PersonalDataConsent: true, "ru", Candidate);

    public static CaseCommand By(Actor actor) => new(Guid.NewGuid(), actor);

    /// <summary>
    /// Submits an application on Mon 2 Mar 2026, concludes the contract, schedules an offline exam for Tue 17 Mar
    /// (the 10th working day after the notice, P6), moves the clock to that morning and opens the exam.
    /// </summary>
    public static async Task<IApplicationGrain> InExamAsync(World world)
    {
        var application = world.Grains.GetGrain<IApplicationGrain>(NewCaseId());
        await application.Submit(Application(candidateKey: world.CandidateKey));
        await application.ConcludeContract(By(Registrar));
        await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), Almaty(2026, 3, 17), "Almaty", false, null, Registrar));
        world.Clock.SetUtcNow(Almaty(2026, 3, 17, 10));
        await application.StartExam(By(Secretary));
        return application;
    }

    /// <summary>
    /// P21-1: the head forms an appeal commission of center 0001 for the case, none of whose members signed its
    /// protocol (the tests sign as member.0001); its id, a fresh one unless given.
    /// </summary>
    public static async Task<string> AppealCommissionAsync(World world, IApplicationGrain application, string? commissionId = null)
    {
        commissionId ??= $"appeal-0001-{Guid.NewGuid():N}";
        var refused = await world.Grains.GetGrain<ICommissionGrain>(commissionId).Form(new FormCommission(CommissionKind.Appeal, "0001",
            [
                new CommissionMember("appeal.0001", "Appeal Chair", CommissionRole.Chair),
                new CommissionMember("appeal.0001.b", "Appeal Member", CommissionRole.Member),
                new CommissionMember("appeal.0001.c", "Appeal Secretary", CommissionRole.Secretary),
            ], "com-0001-a", application.GetPrimaryKeyString()));
        Assert.Null(refused);
        return commissionId;
    }

    /// <summary>An instant in Kazakhstan (UTC+5 from 2024).</summary>
    public static DateTimeOffset Almaty(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(5));
}
