namespace Platform.Frontend.Security.Access;

/// <summary>
/// The answer of a resource check. <see cref="Hidden"/> is answered 404, exactly as for a resource that does not exist,
/// so nobody learns which cases another center, candidate or commission has; <see cref="Forbidden"/> (403) is kept for a
/// caller who may see the resource but not change it (the operator).
/// </summary>
public enum AccessDecision
{
    Allowed,
    Hidden,
    Forbidden,
}
