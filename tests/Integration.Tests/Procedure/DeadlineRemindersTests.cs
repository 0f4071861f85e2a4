using Microsoft.Extensions.Time.Testing;
using Platform.Domain.Deadlines;
using Platform.Grains.Procedure;

namespace Platform.Integration.Tests.Procedure;

/// <summary>The arming of a case's deadline reminders, against a registry in memory: no silo, no Orleans.</summary>
public sealed class DeadlineRemindersTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly RegistryInMemory _registry = new();

    [Fact]
    public async Task ACentersOpenObligationIsArmedForTheDayItFallsAtRisk()
    {
        var deadlines = Running(DeadlineKind.CompletenessReview, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3));

        await Arm(deadlines, reconcile: false);

        Assert.Equal(TimeSpan.FromDays(2), _registry.Registered["deadline-CompletenessReview"]);
    }

    [Fact]
    public async Task ACandidatesWindowIsArmedJustAfterItIsDue()
    {
        var deadlines = Running(DeadlineKind.RemarksFixWindow, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3));

        await Arm(deadlines, reconcile: false);

        Assert.Equal(TimeSpan.FromDays(3).Add(TimeSpan.FromTicks(1)), _registry.Registered["deadline-RemarksFixWindow"]);
    }

    [Fact]
    public async Task AnInstantAlreadyPastIsArmedAtOnce()
    {
        var deadlines = Running(DeadlineKind.AppealWindow, DeadlineStatus.Open, atRisk: Now.AddDays(-2), due: Now.AddDays(-1));

        await Arm(deadlines, reconcile: false);

        Assert.Equal(TimeSpan.Zero, _registry.Registered["deadline-AppealWindow"]);
    }

    [Fact]
    public async Task ADeadlineThatDidNotMoveIsNotRegisteredAgain()
    {
        var reminders = new DeadlineReminders(_registry, _clock);
        var deadlines = Running(DeadlineKind.ExamNotice, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3));
        await reminders.ArmAsync(deadlines, reconcile: false);

        await reminders.ArmAsync(deadlines, reconcile: false);

        Assert.Equal(1, _registry.Registrations);
    }

    [Fact]
    public async Task AMetDeadlinesReminderIsRemoved()
    {
        var reminders = new DeadlineReminders(_registry, _clock);
        var deadlines = Running(DeadlineKind.Protocol, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3));
        await reminders.ArmAsync(deadlines, reconcile: false);

        deadlines[DeadlineKind.Protocol].Status = DeadlineStatus.Met;
        await reminders.ArmAsync(deadlines, reconcile: false);

        Assert.Empty(_registry.Registered);
    }

    [Fact]
    public async Task OnActivationEveryRunningDeadlineIsArmedAgainAndEveryOtherDeadlineReminderRemoved()
    {
        _registry.Registered["deadline-Protocol"] = TimeSpan.FromDays(1);
        _registry.Registered["deadline-Unknown"] = TimeSpan.FromDays(1);
        _registry.Registered["another-reminder"] = TimeSpan.FromDays(1);
        var deadlines = Running(DeadlineKind.ExamNotice, DeadlineStatus.AtRisk, atRisk: Now.AddDays(-1), due: Now.AddDays(1));

        await Arm(deadlines, reconcile: true);

        Assert.Equal(["another-reminder", "deadline-ExamNotice"], _registry.Registered.Keys.Order());
        Assert.Equal(TimeSpan.FromDays(1).Add(TimeSpan.FromTicks(1)), _registry.Registered["deadline-ExamNotice"]);
    }

    [Theory]
    [InlineData("deadline-ExamNotice", true)]
    [InlineData("deadline-Unknown", false)]
    [InlineData("certificate-retry", false)]
    public void OnlyADeadlinesReminderIsOneOfTheCases(string name, bool isDeadline) =>
        Assert.Equal(isDeadline, DeadlineReminders.IsDeadline(name));

    [Fact]
    public async Task BeforeTheStateWriteOnlyNewAndEarlierInstantsAreArmedTheLaterOnesAfterIt()
    {
        // Issue 16: a crash between the two writes leaves no running deadline unarmed, and a failed state write leaves
        // no deadline of the state it keeps armed later than it needs.
        var deadlines = Running(DeadlineKind.CompletenessReview, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3));
        var reminders = new DeadlineReminders(_registry, _clock);
        await reminders.ArmAsync(deadlines, reconcile: false);
        deadlines[DeadlineKind.CompletenessReview].Status = DeadlineStatus.AtRisk;
        deadlines[DeadlineKind.ExamNotice] = new TrackedDeadline { AtRiskFrom = Now.AddDays(4), DueAt = Now.AddDays(5), Status = DeadlineStatus.Open };

        await reminders.ArmAheadAsync(deadlines);
        var ahead = new Dictionary<string, TimeSpan>(_registry.Registered);
        await reminders.ArmAsync(deadlines, reconcile: false);

        Assert.Equal(TimeSpan.FromDays(2), ahead["deadline-CompletenessReview"]);
        Assert.Equal(TimeSpan.FromDays(4), ahead["deadline-ExamNotice"]);
        Assert.Equal(TimeSpan.FromDays(3).Add(TimeSpan.FromTicks(1)), _registry.Registered["deadline-CompletenessReview"]);
        Assert.Equal(TimeSpan.FromDays(4), _registry.Registered["deadline-ExamNotice"]);
        Assert.Equal(3, _registry.Registrations);
    }

    [Fact]
    public async Task AWakeForADeadlineTheCaseDoesNotRunRemovesItsReminderAndArmsTheRunningOnes()
    {
        // Issue 16: the sweep woke the case for rows no running deadline answers (a kind met or dropped, a kind unknown).
        _registry.Registered["deadline-Protocol"] = TimeSpan.Zero;
        _registry.Registered["deadline-NoSuchKind"] = TimeSpan.Zero;
        var @case = new CaseState { Deadlines = Running(DeadlineKind.CompletenessReview, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3)) };
        var reminders = new DeadlineReminders(_registry, _clock);
        var commits = 0;
        Task Commit(Action change)
        {
            commits++;
            change();
            return Task.CompletedTask;
        }

        await reminders.WakeAsync("Protocol", () => @case, Commit);
        await reminders.WakeAsync("NoSuchKind", () => @case, Commit);

        Assert.Equal(0, commits);
        Assert.Equal(["deadline-CompletenessReview"], _registry.Registered.Keys);
        Assert.Equal(TimeSpan.FromDays(2), _registry.Registered["deadline-CompletenessReview"]);
    }

    [Fact]
    public async Task AWakeAfterTheInstantCommitsTheConsequenceAndArmsTheNextInstant()
    {
        var @case = new CaseState { Deadlines = Running(DeadlineKind.CompletenessReview, DeadlineStatus.Open, atRisk: Now.AddDays(2), due: Now.AddDays(3)) };
        var reminders = new DeadlineReminders(_registry, _clock);
        await reminders.ArmAsync(@case.Deadlines, reconcile: false);
        var commits = 0;

        _clock.Advance(TimeSpan.FromDays(2));
        await reminders.WakeAsync("CompletenessReview", () => @case, change =>
        {
            commits++;
            change();
            return Task.CompletedTask;
        });

        Assert.Equal((1, DeadlineStatus.AtRisk), (commits, @case.Deadlines[DeadlineKind.CompletenessReview].Status));
        Assert.Equal(TimeSpan.FromDays(1).Add(TimeSpan.FromTicks(1)), _registry.Registered["deadline-CompletenessReview"]);
    }

    private Task Arm(Dictionary<DeadlineKind, TrackedDeadline> deadlines, bool reconcile) =>
        new DeadlineReminders(_registry, _clock).ArmAsync(deadlines, reconcile);

    private static Dictionary<DeadlineKind, TrackedDeadline> Running(DeadlineKind kind, DeadlineStatus status, DateTimeOffset atRisk, DateTimeOffset due) =>
        new() { [kind] = new TrackedDeadline { StartDay = DateOnly.FromDateTime(Now.Date), AtRiskFrom = atRisk, DueAt = due, Status = status } };

    private sealed class RegistryInMemory : IReminderRegistry
    {
        public Dictionary<string, TimeSpan> Registered { get; } = [];

        public int Registrations { get; private set; }

        public Task RegisterOrUpdate(string name, TimeSpan dueTime, TimeSpan period)
        {
            Assert.Equal(DeadlineReminders.Period, period);
            Registered[name] = dueTime;
            Registrations++;
            return Task.CompletedTask;
        }

        public Task Unregister(string name)
        {
            Registered.Remove(name);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<string>> Names() => Task.FromResult<IReadOnlyList<string>>([.. Registered.Keys]);
    }
}
