using CsCheck;
using Platform.Domain.Exams;
using Platform.Domain.Proctoring;

namespace Platform.Domain.Tests.Proctoring;

/// <summary>P12-P13 and SPEC §5: warnings, second violations, termination (online) and removal (offline).</summary>
public sealed class ViolationPolicyTests
{
    private static readonly DateTimeOffset _t0 = new(2025, 4, 8, 10, 0, 0, TimeSpan.FromHours(5));

    private static DateTimeOffset At(double seconds) => _t0.AddSeconds(seconds);

    private static Detection Phone(string id, double seconds) => new(id, ProctoringKind.ProhibitedItem, At(seconds), ProhibitedItem.MobilePhone);

    private static ViolationPolicy Online() => ViolationPolicy.Start(ExamMode.Online, AllowedItems.None);

    private static ViolationPolicy Feed(ViolationPolicy policy, IEnumerable<Detection> detections) =>
        detections.Aggregate(policy, (p, d) => p.Observe(d));

    [Fact]
    public void OnePhoneSeenInThirtyFramesIsOneViolation()
    {
        var policy = Feed(Online(), Enumerable.Range(0, 30).Select(i => Phone($"f{i}", i * 0.5)));

        var incident = Assert.Single(policy.Incidents);
        Assert.Equal(30, incident.DetectionIds.Count);
        Assert.Equal(ViolationOutcome.WarningDue, policy.Outcome);
    }

    [Fact]
    public void AFirstViolationBringsAWarningThatBecomesWarnedOnDelivery()
    {
        var policy = Online().Observe(Phone("a", 0)).WarningDelivered(At(2));

        Assert.Equal(ViolationOutcome.Warned, policy.Outcome);
        Assert.Equal(At(2), policy.WarningDeliveredAt);
        Assert.Equal("a", policy.FirstViolation!.Id);
    }

    [Fact]
    public void ASecondDistinctIncidentAfterDeliveryTerminatesAnOnlineSitting()
    {
        var policy = Online().Observe(Phone("a", 0)).WarningDelivered(At(2)).Observe(Phone("b", 60));

        Assert.Equal(ViolationOutcome.Terminated, policy.Outcome);
        Assert.Equal("b", policy.SecondViolation!.Id);
    }

    [Fact]
    public void ASecondViolationRemovesTheCandidateOffline()
    {
        var policy = ViolationPolicy.Start(ExamMode.Offline, AllowedItems.None)
            .Observe(new Detection("a", ProctoringKind.ProhibitedItem, At(0), ProhibitedItem.CribSheet))
            .WarningDelivered(At(5))
            .Observe(new Detection("b", ProctoringKind.ProhibitedItem, At(600), ProhibitedItem.Headphones));

        Assert.Equal(ViolationOutcome.Removed, policy.Outcome);
    }

    [Fact]
    public void ADetectionBeforeDeliveryDoesNotCountAsSecond()
    {
        var policy = Online()
            .Observe(Phone("a", 0))
            .Observe(new Detection("w", ProctoringKind.ProhibitedItem, At(1), ProhibitedItem.SmartWatch))
            .WarningDelivered(At(3));

        Assert.Equal(ViolationOutcome.Warned, policy.Outcome);
        Assert.Null(policy.SecondViolation);
    }

    [Fact]
    public void TheSameIncidentContinuingAcrossDeliveryDoesNotCountAsSecond()
    {
        var policy = Feed(Online().WarningDelivered(At(5)), Enumerable.Range(0, 20).Select(i => Phone($"f{i}", i)));

        Assert.Equal(ViolationOutcome.Warned, policy.Outcome);
    }

    [Fact]
    public void ThePhoneReappearingAfterTheGapIsANewIncident()
    {
        var policy = Online().Observe(Phone("a", 0)).WarningDelivered(At(1)).Observe(Phone("b", 1 + ViolationPolicy.DefaultIncidentGap.TotalSeconds + 1));

        Assert.Equal(2, policy.Incidents.Count);
        Assert.Equal(ViolationOutcome.Terminated, policy.Outcome);
    }

    [Fact]
    public void TheIncidentGapIsConfigurable()
    {
        var policy = ViolationPolicy.Start(ExamMode.Online, AllowedItems.None, TimeSpan.FromMinutes(2))
            .Observe(Phone("a", 0)).WarningDelivered(At(1)).Observe(Phone("b", 100));

        Assert.Single(policy.Incidents);
        Assert.Equal(ViolationOutcome.Warned, policy.Outcome);
    }

    [Fact]
    public void AnAllowedCalculatorForAnAccountantProgramIsNotAViolation()
    {
        var accountant = ViolationPolicy.Start(ExamMode.Online, AllowedItems.Of(ProhibitedItem.Calculator));

        var policy = accountant.Observe(new Detection("c", ProctoringKind.ProhibitedItem, At(0), ProhibitedItem.Calculator));

        Assert.Equal(ViolationOutcome.Clear, policy.Outcome);
        Assert.Equal(DetectionClass.Informational, Assert.Single(policy.Incidents).Class);
    }

    [Fact]
    public void ACalculatorIsAViolationWhenTheProgramDoesNotAllowIt()
    {
        var policy = Online().Observe(new Detection("c", ProctoringKind.ProhibitedItem, At(0), ProhibitedItem.Calculator));

        Assert.Equal(ViolationOutcome.WarningDue, policy.Outcome);
    }

    [Theory]
    [InlineData(ProctoringKind.SeveralFaces)]
    [InlineData(ProctoringKind.Noise)]
    [InlineData(ProctoringKind.HeadTurnedAway)]
    [InlineData(ProctoringKind.RoomScanRefused)]
    public void ASuspiciousEventAloneIsNotAViolation(ProctoringKind kind)
    {
        var policy = Online().Observe(new Detection("s", kind, At(0)));

        Assert.Equal(ViolationOutcome.Clear, policy.Outcome);
        Assert.Equal(DetectionClass.Suspicious, Assert.Single(policy.Incidents).Class);
    }

    [Fact]
    public void ASuspiciousEventConfirmedByAProctorIsAViolation()
    {
        var policy = Online().Observe(new Detection("s", ProctoringKind.SeveralFaces, At(0))).Confirm("s");

        Assert.Equal(ViolationOutcome.WarningDue, policy.Outcome);
        Assert.True(policy.FirstViolation!.Confirmed);
    }

    [Fact]
    public void AConfirmationMayArriveBeforeItsDetection()
    {
        var policy = Online().Confirm("s").Observe(new Detection("s", ProctoringKind.Speech, At(0)));

        Assert.Equal(ViolationOutcome.WarningDue, policy.Outcome);
    }

    [Fact]
    public void ConfirmingARoomScanCompletedChangesNothing()
    {
        var policy = Online().Observe(new Detection("r", ProctoringKind.RoomScanCompleted, At(0))).Confirm("r");

        Assert.Equal(ViolationOutcome.Clear, policy.Outcome);
    }

    [Fact]
    public void ADuplicateDetectionIsIgnored()
    {
        var once = Online().Observe(Phone("a", 0)).WarningDelivered(At(1));

        var twice = once.Observe(Phone("a", 0)).Observe(Phone("a", 500));

        Assert.Same(once, twice);
        Assert.Equal(ViolationOutcome.Warned, twice.Outcome);
    }

    [Fact]
    public void ADeliveryBeforeTheFirstViolationIsNotItsWarning()
    {
        var policy = Online().WarningDelivered(At(-10)).Observe(Phone("a", 0)).Observe(Phone("b", 100));

        Assert.Equal(ViolationOutcome.WarningDue, policy.Outcome);
    }

    [Fact]
    public void TerminationIsFinalEvenIfALateDetectionBridgesTheIncidents()
    {
        var terminated = Online().Observe(Phone("a", 0)).WarningDelivered(At(1)).Observe(Phone("b", 20));
        Assert.Equal(ViolationOutcome.Terminated, terminated.Outcome);

        var late = terminated.Observe(Phone("bridge", 10));

        Assert.Single(late.Incidents);
        Assert.Equal(ViolationOutcome.Terminated, late.Outcome);
        Assert.Equal("b", late.SecondViolation!.Id);
    }

    [Fact]
    public void AProhibitedItemDetectionMustNameTheItem()
    {
        Assert.Throws<ArgumentException>(() => Online().Observe(new Detection("x", ProctoringKind.ProhibitedItem, At(0))));
        Assert.Throws<ArgumentException>(() => Online().Observe(new Detection("x", ProctoringKind.Noise, At(0), ProhibitedItem.Pager)));
    }

    [Fact]
    public void TheOutcomeDoesNotDependOnTheOrderOfDetections()
    {
        var detections = new[]
        {
            Phone("a1", 0), Phone("a2", 3), new Detection("n", ProctoringKind.Noise, At(4)),
            Phone("b1", 40), Phone("b2", 45), new Detection("w", ProctoringKind.ProhibitedItem, At(2), ProhibitedItem.SmartWatch),
        };
        var expected = Feed(Online().WarningDelivered(At(10)), detections);

        Gen.Shuffle(detections).Sample(order =>
        {
            var policy = Feed(Online().WarningDelivered(At(10)), order);
            // The second violation is the evidence as it stood when the verdict fell; later frames may extend its incident.
            var second = policy.SecondViolation!.DetectionIds;
            return policy.Outcome == expected.Outcome
                && policy.Incidents.Select(i => i.Id).SequenceEqual(expected.Incidents.Select(i => i.Id))
                && policy.Incidents.Any(i => second.All(i.DetectionIds.Contains) && i.Id == expected.SecondViolation!.Id);
        });
        Assert.Equal(ViolationOutcome.Terminated, expected.Outcome);
    }
}
