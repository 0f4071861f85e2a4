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

    /// <summary>How SignalR carries a hub's own refusal: "An unexpected error occurred invoking 'M' on the server. HubException: …".</summary>
    private const string RefusalMarker = " HubException: ";

    /// <summary>The hub's own words: what follows SignalR's wrapping of a <c>HubException</c> (a stream's refusal comes bare).</summary>
    public static string Refusal(string message) =>
        message.IndexOf(RefusalMarker, StringComparison.Ordinal) is var at and >= 0 ? message[(at + RefusalMarker.Length)..] : message;

    public static bool IsUnavailable(string message) => Refusal(message) == Unavailable;

    /// <summary>An exception the hub did not turn into a refusal (no <c>HubException</c> inside): the hubs' 500.</summary>
    public static bool IsUnexpected(string message) =>
        message.StartsWith(UnexpectedPrefix, StringComparison.Ordinal) && !message.Contains(RefusalMarker, StringComparison.Ordinal);
}
