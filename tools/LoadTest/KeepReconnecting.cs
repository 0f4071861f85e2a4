using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.LoadTest;

/// <summary>
/// Reconnects at once, then every second, for as long as the run lasts (the connection is disposed at its end): the
/// server closes a connection when its token expires (issue 11), and a run may outlast many tokens.
/// </summary>
public sealed class KeepReconnecting : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        retryContext.PreviousRetryCount == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(1);
}
