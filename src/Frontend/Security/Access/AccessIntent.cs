namespace Platform.Frontend.Security.Access;

/// <summary>What a caller wants to do with a resource: the operator may read everything and change nothing.</summary>
public enum AccessIntent
{
    Read,
    Change,
}
