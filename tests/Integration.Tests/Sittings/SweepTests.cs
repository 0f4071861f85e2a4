using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// Issue 16, "one sweep a center": a sitting registers no reminder of its own; when nobody acts (its grain gone with a
/// restarted silo), the one sweep reads its wake-up from PostgreSQL and wakes it, and the sitting applies its own rule:
/// the time limit submits the theory (P9), the day end closes it as Unfinished (P6, P17). Observed in PostgreSQL and
/// through the case, never by calling the sitting (any call would enforce both by itself). A sitting opened before the
/// sweep, with its old reminder, still acts on it and the reminder removes itself.
/// </summary>
public sealed class SweepTests
{
    private static readonly DateTimeOffset AfterTheDay = Almaty(2026, 3, 18, 0);

    [Fact]
    public async Task ATheoryLeftOpenOnARestartedSiloIsSubmittedByTheSweepOnceItsDeadlinePassed()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Offline);
        var sittingId = sitting.GetPrimaryKeyString();
        await AnswerAsync(sitting, correct: 21);
        var (deadline, caseId) = ((await sitting.Get())!.Deadline!.Value, (await sitting.Get())!.CaseId);
        AssertNear(deadline, await WakeAtAsync(world, sittingId));
        Assert.Equal(0, await RemindersOfAsync(world, sittingId));

        await world.RestartSiloAsync();
        world.Clock.SetUtcNow(deadline.AddSeconds(-1));
        Assert.Equal(0, await SubmittedAsync(world, sittingId));
        var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
        var @case = await world.AdvanceToAsync(deadline + SittingSweepGrain.Grace, () => application.Get(), c => c!.State == ApplicationState.AwaitingProtocol);

        Assert.Equal(1, await SubmittedAsync(world, sittingId));
        Assert.Equal((SittingEnd.Completed, 21), (@case!.Results!.EndedBy, @case.Results.TheoryCorrect));
        Assert.Null(await WakeAtAsync(world, sittingId));
        Assert.Equal(0, await RemindersOfAsync(world, sittingId));
    }

    [Fact]
    public async Task ASittingLeftOpenAtTheDayEndOnARestartedSiloIsClosedAsUnfinishedByTheSweep()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var caseId = await ScheduledCaseAsync(world, ExamMode.Offline);
        var sitting = await OpenedAsync(world, caseId, ExamMode.Offline);
        var sittingId = sitting.GetPrimaryKeyString();
        Assert.True((await sitting.CheckIn(CheckIn(ExamMode.Offline))).Accepted);
        AssertNear(AfterTheDay.AddTicks(-1), await WakeAtAsync(world, sittingId));
        Assert.Equal(0, await RemindersOfAsync(world, sittingId));

        await world.RestartSiloAsync();
        var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
        var moved = await world.AdvanceToAsync(AfterTheDay + SittingSweepGrain.Grace, () => application.Get(), c => c!.State == ApplicationState.AwaitingProtocol);

        Assert.Equal((SittingEnd.Unfinished, 0), (moved!.Results!.EndedBy, moved.Results.TheoryCorrect));
        Assert.Equal(SittingState.Unfinished, (await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get())!.State);
        Assert.Null(await WakeAtAsync(world, sittingId));
        Assert.Equal(0, await RemindersOfAsync(world, sittingId));
    }

    [Fact]
    public async Task ASittingOpenedBeforeTheSweepActsOnItsOldReminderWhichThenRemovesItself()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var sitting = await InTheoryAsync(world, ExamMode.Offline);
        var sittingId = sitting.GetPrimaryKeyString();
        var deadline = (await sitting.Get())!.Deadline!.Value;
        // As the code before the sweep left it: the time-limit reminder in the table, no wake-up row.
        await world.SiloServices.GetRequiredService<Orleans.IReminderTable>().UpsertRow(new Orleans.ReminderEntry
        {
            GrainId = sitting.GetGrainId(), ReminderName = SittingTheory.Clock, StartAt = deadline.UtcDateTime, Period = TimeSpan.FromMinutes(1),
        });
        await world.RestartSiloAsync();
        await world.SiloServices.GetRequiredService<ISittingWakeups>().SetAsync(sittingId, null);
        Assert.Equal(1, await RemindersOfAsync(world, sittingId));

        var submitted = await world.AdvanceToAsync(deadline, () => SubmittedAsync(world, sittingId), n => n == 1);
        var removed = await world.AdvanceToAsync(deadline, () => RemindersOfAsync(world, sittingId), n => n == 0);

        Assert.Equal((1, 0), (submitted, removed));
        Assert.Equal(SittingState.NotAdmitted, (await world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get())!.State);
    }

    /// <summary>PostgreSQL keeps microseconds; the day ends at its last tick.</summary>
    private static void AssertNear(DateTimeOffset expected, DateTimeOffset? actual) =>
        Assert.InRange((actual ?? DateTimeOffset.MinValue) - expected, TimeSpan.FromMicroseconds(-1), TimeSpan.FromMicroseconds(1));

    private static async Task<T> ScalarAsync<T>(World world, string sql, string sittingId)
    {
        await using var connection = new NpgsqlConnection(world.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(sittingId);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static Task<long> SubmittedAsync(World world, string sittingId) => ScalarAsync<long>(world,
        "select count(*) from sitting_events where sitting_id = $1 and kind = 'TheorySubmitted' and payload like '%time limit%'", sittingId);

    private static Task<long> RemindersOfAsync(World world, string sittingId) => ScalarAsync<long>(world,
        "select count(*) from orleans_reminder where strpos(grain_id, $1) > 0", sittingId);

    private static async Task<DateTimeOffset?> WakeAtAsync(World world, string sittingId)
    {
        await using var connection = new NpgsqlConnection(world.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select wake_at from sitting_wakeups where sitting_id = $1", connection);
        command.Parameters.AddWithValue(sittingId);
        return await command.ExecuteScalarAsync() is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }
}
