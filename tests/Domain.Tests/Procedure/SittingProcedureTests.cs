using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using static Platform.Domain.Procedure.SittingAction;
using static Platform.Domain.Procedure.SittingState;

namespace Platform.Domain.Tests.Procedure;

/// <summary>One sitting: P7, P8, P9, P11, P13, P15-P17, per mode.</summary>
public sealed class SittingProcedureTests
{
    [Theory]
    [InlineData(ExamMode.Online)]
    [InlineData(ExamMode.Offline)]
    public void EveryStateAndActionIsEitherInTheTableOrRefusedNamingARule(ExamMode mode)
    {
        var table = SittingProcedure.For(mode);
        foreach (var state in Enum.GetValues<SittingState>())
        {
            foreach (var action in Enum.GetValues<SittingAction>())
            {
                var result = SittingProcedure.Apply(mode, state, action);
                var listed = table.Find(state, action);

                Assert.Equal(listed is not null, result.IsAllowed);
                Assert.Equal(listed?.To ?? state, result.State);
                Assert.Matches(@"^P\d", (result.Rule ?? result.Refusal!.Rule).Id);
            }
        }
    }

    [Theory]
    [InlineData(ExamMode.Online)]
    [InlineData(ExamMode.Offline)]
    public void EveryStateIsEitherReachableOrBelongsToTheOtherMode(ExamMode mode)
    {
        var table = SittingProcedure.For(mode);
        var reached = new HashSet<SittingState> { SittingProcedure.Initial };
        var frontier = new Queue<SittingState>(reached);
        while (frontier.TryDequeue(out var state))
        {
            foreach (var t in table.Transitions.Where(t => t.From == state && reached.Add(t.To)))
            {
                frontier.Enqueue(t.To);
            }
        }

        SittingState[] otherMode = mode == ExamMode.Online ? [Removed] : [Terminated, TechnicalFailure];
        Assert.Equal(Enum.GetValues<SittingState>().Except(otherMode).Order(), reached.Order());
    }

    [Fact]
    public void AFullOnlineSittingCompletes()
    {
        var state = new[] { CheckIn, OpenTheory, SubmitTheory, AdmitToPractical, CompletePractical }
            .Aggregate(SittingProcedure.Initial, (s, a) => SittingProcedure.Apply(ExamMode.Online, s, a).State);

        Assert.Equal(Completed, state);
    }

    [Fact]
    public void SeventyPercentOrLessEndsTheSittingWithoutThePracticalStage()
    {
        var result = SittingProcedure.Apply(ExamMode.Offline, TheorySubmitted, RefuseAdmission);

        Assert.Equal((NotAdmitted, "P15"), (result.State, result.Rule?.Id));
        Assert.True(SittingProcedure.Offline.IsTerminal(NotAdmitted));
    }

    [Fact]
    public void TheTheoryCannotOpenBeforeCheckIn()
    {
        Assert.Equal("P9", SittingProcedure.Apply(ExamMode.Online, Scheduled, OpenTheory).Refusal!.Rule.Id);
    }

    [Fact]
    public void TheTheoryStageCannotBeSkipped()
    {
        Assert.Equal("P15", SittingProcedure.Apply(ExamMode.Online, CheckedIn, AdmitToPractical).Refusal!.Rule.Id);
    }

    [Fact]
    public void AnOnlineSittingIsTerminatedNotRemoved()
    {
        Assert.Equal(Terminated, SittingProcedure.Apply(ExamMode.Online, PracticalOpen, Terminate).State);
        var removal = SittingProcedure.Apply(ExamMode.Online, PracticalOpen, Remove);

        Assert.Equal("P13", removal.Refusal!.Rule.Id);
        Assert.Contains("online", removal.Refusal.In("en"));
    }

    [Fact]
    public void AnOfflineSittingRemovesTheCandidateAndIsNeverTerminatedAutomatically()
    {
        Assert.Equal(Removed, SittingProcedure.Apply(ExamMode.Offline, TheoryOpen, Remove).State);
        Assert.Equal("P13", SittingProcedure.Apply(ExamMode.Offline, TheoryOpen, Terminate).Refusal!.Rule.Id);
    }

    [Fact]
    public void ATechnicalFailureIsOnlineOnly()
    {
        Assert.Equal(TechnicalFailure, SittingProcedure.Apply(ExamMode.Online, TheoryOpen, ReportTechnicalFailure).State);
        Assert.Equal("P11", SittingProcedure.Apply(ExamMode.Offline, TheoryOpen, ReportTechnicalFailure).Refusal!.Rule.Id);
    }

    [Fact]
    public void NoViolationEndsASittingBeforeAStageRuns()
    {
        Assert.False(SittingProcedure.Apply(ExamMode.Online, CheckedIn, Terminate).IsAllowed);
        Assert.False(SittingProcedure.Apply(ExamMode.Offline, Scheduled, Remove).IsAllowed);
    }

    [Fact]
    public void SickLeaveCancelsOnlyASittingThatHasNotBegun()
    {
        Assert.Equal(Cancelled, SittingProcedure.Apply(ExamMode.Online, Scheduled, Cancel).State);
        Assert.Equal("P7", SittingProcedure.Apply(ExamMode.Online, TheoryOpen, Cancel).Refusal!.Rule.Id);
    }

    [Fact]
    public void EndedSittingsAcceptNothing()
    {
        Assert.All(
            new[] { Completed, NotAdmitted, Terminated, TechnicalFailure, Cancelled },
            s => Assert.True(SittingProcedure.Online.IsTerminal(s)));
        Assert.True(SittingProcedure.Offline.IsTerminal(Removed));
    }
}
