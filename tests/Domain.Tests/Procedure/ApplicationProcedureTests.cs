using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using static Platform.Domain.Procedure.ApplicationAction;
using static Platform.Domain.Procedure.ApplicationState;

namespace Platform.Domain.Tests.Procedure;

/// <summary>SPEC §2 steps 1-16 as a transition table (P3, P5-P7, P11, P17-P23).</summary>
public sealed class ApplicationProcedureTests
{
    private static readonly TransitionTable<ApplicationState, ApplicationAction> _table = ApplicationProcedure.Table;

    [Fact]
    public void EveryStateAndActionIsEitherInTheTableOrRefusedNamingARule()
    {
        foreach (var state in Enum.GetValues<ApplicationState>())
        {
            foreach (var action in Enum.GetValues<ApplicationAction>())
            {
                var result = ApplicationProcedure.Apply(state, action);
                var listed = _table.Transitions.SingleOrDefault(t => t.From == state && t.Action == action);

                if (listed is null)
                {
                    Assert.False(result.IsAllowed);
                    Assert.Equal(state, result.State);
                    Assert.Matches(@"^P\d", result.Refusal!.Rule.Id);
                    Assert.StartsWith($"{result.Refusal.Rule.Id} ", result.Refusal.ToString());
                }
                else
                {
                    Assert.True(result.IsAllowed);
                    Assert.Equal((listed.To, (Rule?)listed.Rule), (result.State, result.Rule));
                }
            }
        }
    }

    [Fact]
    public void EveryTransitionNamesAPointOfTheRules()
    {
        Assert.All(_table.Transitions, t => Assert.Matches(@"^P\d+(-\d+)?(, P\d+(-\d+)?)*$", t.Rule.Id));
    }

    [Fact]
    public void EveryStateIsReachableFromRegistration()
    {
        var reached = new HashSet<ApplicationState> { ApplicationProcedure.Initial };
        var frontier = new Queue<ApplicationState>(reached);
        while (frontier.TryDequeue(out var state))
        {
            foreach (var t in _table.Transitions.Where(t => t.From == state && reached.Add(t.To)))
            {
                frontier.Enqueue(t.To);
            }
        }

        Assert.Equal(Enum.GetValues<ApplicationState>().Order(), reached.Order());
    }

    [Fact]
    public void OnlyClosedCasesAreTerminal()
    {
        var terminal = Enum.GetValues<ApplicationState>().Where(_table.IsTerminal);

        // A final failure is not terminal: P19 lets the candidate retake both stages.
        Assert.Equal([Refused, CertificateIssued, Withdrawn], terminal);
    }

    [Theory]
    [InlineData(FailureNotified)]
    [InlineData(ResultFinal)]
    public void AFailureLeadsToARetakeAsANewAttempt(ApplicationState failed)
    {
        var retake = ApplicationProcedure.Apply(failed, Retake);

        Assert.Equal((ContractConcluded, "P19"), (retake.State, retake.Rule?.Id));
    }

    [Theory]
    [InlineData(Registered, ConcludeContract, SendExamNotice, StartExam, CompleteProcedure, SignProtocolPassed, IssueCertificate)]
    [InlineData(Registered, SendRemarks, Resubmit, ConcludeContract, SendExamNotice, StartExam, CompleteProcedure)]
    [InlineData(Registered, SendRemarks, SendMotivatedRefusal)]
    [InlineData(Registered, SendRemarks, Resubmit, SendMotivatedRefusal)]
    [InlineData(ExamScheduled, ReportSickLeave, SendExamNotice, StartExam, ReportTechnicalFailure, SendExamNotice, StartExam)]
    [InlineData(AwaitingProtocol, SignProtocolNotPassed, SendFailureNotice, CloseAppealWindow)]
    [InlineData(AwaitingProtocol, SignProtocolNotPassed, SendFailureNotice, FileAppeal, RegisterAppeal, UpholdAppeal, IssueCertificate)]
    [InlineData(AwaitingProtocol, SignProtocolNotPassed, SendFailureNotice, FileAppeal, RegisterAppeal, RejectAppeal)]
    [InlineData(AppealUnderReview, OrderResit, SendExamNotice, StartExam)]
    public void AKeySequenceIsAllowed(ApplicationState start, params ApplicationAction[] actions)
    {
        var state = start;
        foreach (var action in actions)
        {
            var result = ApplicationProcedure.Apply(state, action);
            Assert.True(result.IsAllowed, $"{action} from {state}: {result.Refusal}");
            state = result.State;
        }
    }

    [Fact]
    public void ACertificateBeforeTheProtocolIsRefusedUnderP18()
    {
        var result = ApplicationProcedure.Apply(AwaitingProtocol, IssueCertificate);

        Assert.False(result.IsAllowed);
        Assert.Equal("P18", result.Refusal!.Rule.Id);
        Assert.StartsWith("P18 ", result.Refusal.ToString());
    }

    [Fact]
    public void ASecondAppealIsRefusedUnderP20()
    {
        var filed = ApplicationProcedure.Apply(FailureNotified, FileAppeal).State;

        Assert.All(
            new[] { filed, AppealUnderReview, ResultFinal },
            state => Assert.Equal("P20", ApplicationProcedure.Apply(state, FileAppeal).Refusal!.Rule.Id));
    }

    [Fact]
    public void AnAppealAgainstAPassIsRefusedUnderP20()
    {
        Assert.Contains("pass", ApplicationProcedure.Apply(CertificateIssued, FileAppeal).Refusal!.In("en"));
    }

    [Fact]
    public void AMotivatedRefusalWithoutRemarksIsRefusedUnderP5()
    {
        Assert.Equal("P5", ApplicationProcedure.Apply(Registered, SendMotivatedRefusal).Refusal!.Rule.Id);
    }

    [Fact]
    public void AFailedCandidateGetsNoCertificate()
    {
        Assert.Contains("not passed", ApplicationProcedure.Apply(FailureNotified, IssueCertificate).Refusal!.In("en"));
    }

    [Fact]
    public void AClosedCaseSaysItIsFinal()
    {
        Assert.EndsWith("the current state is final", ApplicationProcedure.Apply(Withdrawn, StartExam).Refusal!.In("en"));
    }

    [Fact]
    public void AWithdrawalAfterTheExamBeganIsRefused()
    {
        Assert.False(ApplicationProcedure.Apply(InExam, Withdraw).IsAllowed);
        Assert.True(ApplicationProcedure.Apply(ExamScheduled, Withdraw).IsAllowed);
    }

    [Fact]
    public void ATableListingAPairTwiceIsRejected()
    {
        var requirements = Enum.GetValues<ApplicationAction>().ToDictionary(a => a, _ => Refusal.Of(Rule.P5, "ConcludeContractRequires"));
        Transition<ApplicationState, ApplicationAction>[] twice = [new(Registered, SendRemarks, RemarksSent, Rule.P5), new(Registered, SendRemarks, Refused, Rule.P5)];

        Assert.Throws<ArgumentException>(() => new TransitionTable<ApplicationState, ApplicationAction>(twice, requirements));
    }
}
