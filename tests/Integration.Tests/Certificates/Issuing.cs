using Microsoft.Extensions.Time.Testing;
using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Programs;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Certificates;

/// <summary>Cases driven to a pass for the certificate tests (22 of 30, practical passed, protocol signed).</summary>
public static class Issuing
{
    public const string Holder = "Ахметова Айгерим Серікқызы";

    /// <summary>Submits, contracts and schedules cases for the earliest exam day P6 allows after today; returns that day's 10:00.</summary>
    public static async Task<DateTimeOffset> ScheduleAsync(FakeTimeProvider clock, IEnumerable<IApplicationGrain> cases)
    {
        var today = KazakhstanTime.DateOf(clock.GetUtcNow());
        var day = ExamDateWindow.For(WorkingCalendar.Shipped(), today).Earliest;
        var examAt = new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
        foreach (var application in cases)
        {
            Accepted(await application.Submit(Application()));
            Accepted(await application.ConcludeContract(By(Registrar)));
            Accepted(await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), examAt, "Almaty, Abay 1", true, null, Registrar)));
        }

        return examAt;
    }

    /// <summary>On the exam day: the sitting, 22 of 30 and the practical task passed, the protocol signed as passed.</summary>
    public static async Task PassAsync(IApplicationGrain application)
    {
        Accepted(await application.StartExam(By(Candidate)));
        Accepted(await application.CompleteProcedure(new CompleteProcedure(Guid.NewGuid(), 22, 30, true, [], SittingEnd.Completed, Secretary)));
        Accepted(await application.RecordProtocol(new ProtocolDecision(Guid.NewGuid(), "commission-1", true, new[] { "member.0001" }, "22 of 30; practical per the map", Secretary)));
    }

    /// <summary>A new case driven to a pass and its certificate issued by the head; the case as it then stands.</summary>
    public static async Task<CaseView> IssueNewAsync(IGrainFactory grains, FakeTimeProvider clock)
    {
        var application = grains.GetGrain<IApplicationGrain>(NewCaseId());
        var examAt = await ScheduleAsync(clock, [application]);
        clock.SetUtcNow(examAt);
        await PassAsync(application);
        return Accepted(await application.IssueCertificate(By(Head)));
    }

    public static CaseView Accepted(CaseResult result)
    {
        Assert.True(result.Accepted, $"{result.Refusal?.Rule.Id}: {result.Refusal?.In("en")}");
        return result.Case;
    }
}
