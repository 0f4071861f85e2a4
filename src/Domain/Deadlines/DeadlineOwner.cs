namespace Platform.Domain.Deadlines;

/// <summary>Whom the law binds by a deadline.</summary>
public enum DeadlineOwner
{
    /// <summary>An obligation of the center: tracked, warned before, a breach recorded after.</summary>
    Center,

    /// <summary>A window of the candidate: when it closes, the case moves on by itself.</summary>
    Candidate,
}
