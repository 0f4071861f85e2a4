namespace Platform.Grains.Candidates;

/// <summary>What a registration did to a person's identity: the caller's answer and the audit entry say it.</summary>
public enum IdentityChange
{
    /// <summary>A new person was registered.</summary>
    Created,

    /// <summary>The person changed their own identity or contacts.</summary>
    Updated,

    /// <summary>The person registered again with what was already recorded.</summary>
    Unchanged,

    /// <summary>Staff hold a paper App.1 of a person already registered, and it matches: attached, nothing changed.</summary>
    AttachedExisting,

    /// <summary>Staff hold a paper App.1 whose names differ from the person registered under that IIN: refused, nothing changed.</summary>
    Mismatch,
}
