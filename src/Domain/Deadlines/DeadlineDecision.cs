using Platform.Domain.Rules;

namespace Platform.Domain.Deadlines;

/// <summary>
/// The verdict of <see cref="DeadlineCheck.Decide"/> on one deadline at one instant: where it stands, and the day in
/// Kazakhstan its last instant falls on (the day a window closed, or an obligation was due).
/// </summary>
/// <param name="Deadline">The statutory deadline decided.</param>
/// <param name="Phase">Where it stands.</param>
/// <param name="LastDay">The day of its last instant, in Asia/Almaty.</param>
public sealed record DeadlineDecision(StatutoryDeadline Deadline, DeadlinePhase Phase, DateOnly LastDay)
{
    /// <summary>Its last instant has gone by.</summary>
    public bool IsPassed => Phase == DeadlinePhase.Passed;

    /// <summary>A candidate's window that has closed: an action in it is refused, and its consequence happens.</summary>
    public bool IsClosedWindow => IsPassed && Deadline.Owner == DeadlineOwner.Candidate;

    /// <summary>A center's obligation whose due date has gone by: meeting it now is a breach.</summary>
    public bool IsBreach => IsPassed && Deadline.OnExpiry == DeadlineExpiry.CenterBreach;

    /// <summary>
    /// Why an action in a closed window is refused, naming the date it closed (dd.MM.yyyy, Almaty); null unless
    /// <see cref="IsClosedWindow"/>. Its rule is <see cref="StatutoryDeadline.Rule"/>.
    /// </summary>
    public Refusal? Refusal => IsClosedWindow ? WindowClosed.Refusal(Deadline, LastDay) : null;
}
