using System.Collections.Immutable;
using Platform.Domain.Exams;

namespace Platform.Domain.Proctoring;

/// <summary>
/// P12-P14 as an immutable state machine over incidents. The first violation brings a warning
/// (<see cref="ViolationOutcome.WarningDue"/>, then <see cref="ViolationOutcome.Warned"/> once delivered). A second
/// violation counts only when it is a new incident that began after the warning was delivered; it terminates an
/// online sitting and removes the candidate from an offline one. Either way the commission draws up a violation
/// act (P14). The verdict is recomputed from all inputs, so duplicate detections (same id) are ignored and inputs
/// may arrive out of order. Once the sitting is terminated or the candidate removed, that verdict is final: its
/// <see cref="FirstViolation"/> and <see cref="SecondViolation"/> keep the evidence as it stood when it fell, even if
/// late frames later extend or join those incidents in <see cref="Incidents"/>.
/// </summary>
public sealed class ViolationPolicy
{
    /// <summary>Detections of the same kind no more than this apart form one incident, unless configured otherwise.</summary>
    public static readonly TimeSpan DefaultIncidentGap = TimeSpan.FromSeconds(10);

    private readonly ImmutableDictionary<string, Detection> _detections;
    private readonly ImmutableHashSet<string> _confirmedIds;
    private readonly ImmutableSortedSet<DateTimeOffset> _deliveries;

    private ViolationPolicy(
        ExamMode mode,
        AllowedItems allowed,
        TimeSpan incidentGap,
        ImmutableDictionary<string, Detection> detections,
        ImmutableHashSet<string> confirmedIds,
        ImmutableSortedSet<DateTimeOffset> deliveries,
        ViolationPolicy? previous)
    {
        Mode = mode;
        Allowed = allowed;
        IncidentGap = incidentGap;
        _detections = detections;
        _confirmedIds = confirmedIds;
        _deliveries = deliveries;
        Incidents = IncidentMerger.Merge(detections.Values, incidentGap, allowed, confirmedIds);
        var fresh = Decide();
        (Outcome, FirstViolation, SecondViolation, WarningDeliveredAt) =
            previous is { IsFinal: true } ? (previous.Outcome, previous.FirstViolation, previous.SecondViolation, previous.WarningDeliveredAt) : fresh;
    }

    /// <summary>Online or offline: decides between termination and removal.</summary>
    public ExamMode Mode { get; }

    /// <summary>The items the qualification program allows.</summary>
    public AllowedItems Allowed { get; }

    /// <summary>The largest gap between detections of one incident.</summary>
    public TimeSpan IncidentGap { get; }

    /// <summary>All incidents so far, by start.</summary>
    public IReadOnlyList<Incident> Incidents { get; }

    /// <summary>The verdict.</summary>
    public ViolationOutcome Outcome { get; }

    /// <summary>The incident that brought the warning.</summary>
    public Incident? FirstViolation { get; }

    /// <summary>The new incident after the delivered warning that ended the sitting.</summary>
    public Incident? SecondViolation { get; }

    /// <summary>When the warning was delivered (the earliest delivery at or after the first violation began).</summary>
    public DateTimeOffset? WarningDeliveredAt { get; }

    /// <summary>Terminated or removed: nothing changes the verdict any more.</summary>
    public bool IsFinal => Outcome is ViolationOutcome.Terminated or ViolationOutcome.Removed;

    /// <summary>A fresh policy for a sitting.</summary>
    public static ViolationPolicy Start(ExamMode mode, AllowedItems allowed, TimeSpan? incidentGap = null)
    {
        var gap = incidentGap ?? DefaultIncidentGap;
        ArgumentOutOfRangeException.ThrowIfLessThan(gap, TimeSpan.Zero, nameof(incidentGap));
        return new ViolationPolicy(mode, allowed, gap, ImmutableDictionary<string, Detection>.Empty, [], [], null);
    }

    /// <summary>Takes a detection; a detection with an id already seen is ignored.</summary>
    public ViolationPolicy Observe(Detection detection)
    {
        detection.Validate();
        return _detections.ContainsKey(detection.Id) ? this : With(_detections.Add(detection.Id, detection), _confirmedIds, _deliveries);
    }

    /// <summary>
    /// A proctor or commission member confirms a suspicious detection as a violation. The detection may arrive
    /// later; confirming a neutral detection (an allowed item, a room scan) has no effect.
    /// </summary>
    public ViolationPolicy Confirm(string detectionId) =>
        _confirmedIds.Contains(detectionId) ? this : With(_detections, _confirmedIds.Add(detectionId), _deliveries);

    /// <summary>The warning reached the candidate at this time (online: the proctoring's notice; offline: the commission's oral warning).</summary>
    public ViolationPolicy WarningDelivered(DateTimeOffset at) =>
        _deliveries.Contains(at) ? this : With(_detections, _confirmedIds, _deliveries.Add(at));

    private ViolationPolicy With(
        ImmutableDictionary<string, Detection> detections, ImmutableHashSet<string> confirmedIds, ImmutableSortedSet<DateTimeOffset> deliveries) =>
        new(Mode, Allowed, IncidentGap, detections, confirmedIds, deliveries, this);

    private (ViolationOutcome, Incident?, Incident?, DateTimeOffset?) Decide()
    {
        var violations = Incidents.Where(i => i.Class == DetectionClass.Violation).ToArray();
        if (violations.Length == 0)
        {
            return (ViolationOutcome.Clear, null, null, null);
        }

        var first = violations[0];
        var deliveries = _deliveries.Where(d => d >= first.Start).ToArray();
        if (deliveries.Length == 0)
        {
            return (ViolationOutcome.WarningDue, first, null, null);
        }

        var deliveredAt = deliveries[0];
        var second = violations.FirstOrDefault(i => i.Id != first.Id && i.Start > deliveredAt);
        return second is null
            ? (ViolationOutcome.Warned, first, null, deliveredAt)
            : (Ending, first, second, deliveredAt);
    }

    private ViolationOutcome Ending => Mode == ExamMode.Online ? ViolationOutcome.Terminated : ViolationOutcome.Removed;
}
