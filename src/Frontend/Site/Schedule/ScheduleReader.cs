using Npgsql;
using Platform.Domain.Calendar;
using Platform.Frontend.Security;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Hosting;

namespace Platform.Frontend.Site.Schedule;

/// <summary>
/// What the scheduling and exam-day pages read: the center's cases in the states they act on, listed from the case
/// projection (SPEC §6, never by scanning grains) and then read from their grains, with the candidates' names for staff
/// read in one batch (<see cref="Center.CandidateNames"/>).
/// </summary>
public sealed class ScheduleReader(IGrainFactory grains, NpgsqlDataSource data, IServiceProvider services, Center.CandidateNames names)
{
    private const int MostCases = 500;

    /// <summary>The procedure's clock when one is registered under <see cref="PlatformClock.Key"/>, the system's otherwise.</summary>
    public TimeProvider Clock => services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System;

    /// <summary>Today in Almaty: the day a notice sent now is sent on (P6).</summary>
    public DateOnly Today => KazakhstanTime.DateOf(Clock.GetUtcNow());

    /// <summary>Whether the signed-in person is staff of this center (registrar or head); else the page answers 404.</summary>
    public static bool IsStaffOf(PlatformUser? user, string center) => user is { IsCenterStaff: true } && user.Center == center;

    /// <summary>Contracted cases waiting for their first exam notice (P6), and those to reschedule (P7, P11), oldest first.</summary>
    public async Task<IReadOnlyList<ScheduleCase>> WaitingAsync(string center, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(center, ["contractConcluded", "rescheduled"], cancellationToken))
            .OrderBy(c => c.View.ProgramCode, StringComparer.Ordinal).ThenBy(c => c.CandidateName, StringComparer.CurrentCulture)];

    /// <summary>The exams of a day (Almaty) whose notice was sent or whose sitting is under way, by time, place and name.</summary>
    public async Task<IReadOnlyList<ScheduleCase>> DayAsync(string center, DateOnly day, CancellationToken cancellationToken)
    {
        var cases = new List<ScheduleCase>();
        foreach (var @case in (await ReadAsync(center, ["examScheduled", "inExam"], cancellationToken))
            .Where(c => c.View.Exam is { } exam && KazakhstanTime.DateOf(exam.StartsAt) == day))
        {
            var sitting = await grains.GetGrain<IExamSessionGrain>(SittingKeys.For(@case.CaseId, @case.View.Attempt)).Get();
            cases.Add(@case with { Sitting = sitting?.State });
        }

        return [.. cases.OrderBy(c => c.View.Exam!.StartsAt).ThenBy(c => c.View.Exam!.Online).ThenBy(c => c.View.Exam!.Place, StringComparer.Ordinal)
            .ThenBy(c => c.CandidateName, StringComparer.CurrentCulture)];
    }

    /// <summary>How many exams of the center already start at <paramref name="startsAt"/> in <paramref name="place"/> (a room's seats taken).</summary>
    public async Task<int> SeatedAsync(string center, DateTimeOffset startsAt, string place, CancellationToken cancellationToken) =>
        (await ReadAsync(center, ["examScheduled"], cancellationToken))
            .Count(c => c.View.Exam is { Online: false } exam && exam.StartsAt == startsAt && exam.Place == place);

    /// <summary>Cases of the center by id, only those the projection lists in the given states (anything else is not offered).</summary>
    public async Task<IReadOnlyList<ScheduleCase>> ChosenAsync(string center, IEnumerable<string> caseIds, string[] states, CancellationToken cancellationToken)
    {
        var wanted = caseIds.ToHashSet(StringComparer.Ordinal);
        return [.. (await ReadAsync(center, states, cancellationToken)).Where(c => wanted.Contains(c.CaseId))];
    }

    private async Task<List<ScheduleCase>> ReadAsync(string center, string[] states, CancellationToken cancellationToken)
    {
        var views = new List<CaseView>();
        foreach (var caseId in await ListedAsync(center, states, cancellationToken))
        {
            if (await grains.GetGrain<IApplicationGrain>(caseId).Get() is { } view && view.CenterNumber == center)
            {
                views.Add(view);
            }
        }

        var named = await names.FullNamesAsync(views.Select(view => view.CandidateKey), cancellationToken);
        return [.. views.Select(view => new ScheduleCase(view, named[view.CandidateKey]))];
    }

    private Task<List<string>> ListedAsync(string center, string[] states, CancellationToken cancellationToken) =>
        Center.CenterCaseIds.ListAsync(data, center, states, MostCases, cancellationToken);
}
