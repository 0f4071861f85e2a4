namespace Platform.Frontend.Security;

/// <summary>The names of the authorization policies every endpoint and hub method is given.</summary>
public static class Policies
{
    /// <summary>Platform administration: calendars, programs, the Orleans dashboard.</summary>
    public const string Administrator = "administrator";
}
