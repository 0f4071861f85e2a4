namespace Platform.LoadTest;

/// <summary>What the hubs answer that a client tells apart: a fault to send again, and SignalR's unexpected error.</summary>
public static class HubRefusals
{
    /// <summary>Issue 17: the hubs' 503 (the frontend's <c>HubFaultFilter.Message</c>): a silo gone, PostgreSQL down; send it again.</summary>
    public const string Unavailable = "Unavailable: the platform cannot complete the call right now; send it again in a few seconds.";

    /// <summary>SignalR's answer to an exception the hub did not turn into a refusal: the hubs' 500.</summary>
    public const string UnexpectedPrefix = "An unexpected error occurred invoking";

    /// <summary>How long a client keeps sending a call again through an outage before it gives up.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    public static bool IsUnexpected(string message) => message.StartsWith(UnexpectedPrefix, StringComparison.Ordinal);
}
