namespace Platform.Frontend.Development;

/// <summary>The body of <c>PUT /api/v1/dev/clock</c>: the instant the procedure clock should read now; null or left out for system time.</summary>
public sealed record ClockRequest(DateTimeOffset? Now = null);
