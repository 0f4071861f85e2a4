using Microsoft.Extensions.Options;
using Platform.Silo.Telemetry;

namespace Platform.Silo.Nsk;

/// <summary>
/// P18.2: delivers the NSK outbox. Each round claims a batch of due entries, sends each to the registry and records the
/// outcome; a failure keeps the entry with its error and an exponentially growing wait (<see cref="NskBackoff"/>), so an
/// unreachable registry never loses a result. Runs in every silo; the claims keep them from sending the same entry.
/// </summary>
public sealed partial class NskDispatcher(
    PostgresNskOutbox outbox,
    INskRegistry registry,
    NskOutboxSignal signal,
    IOptions<NskOptions> options,
    TimeProvider clock,
    SiloMetrics metrics,
    ILogger<NskDispatcher> logger) : BackgroundService
{
    private const int MaxErrorLength = 2000;

    private NskOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(ex);
            }

            if (claimed < Options.BatchSize)
            {
                await WaitAsync(stoppingToken);
            }
        }
    }

    /// <summary>One round: the entries claimed, each delivered or kept for later. Returns how many were claimed.</summary>
    public async Task<int> DispatchRoundAsync(CancellationToken cancellationToken)
    {
        var entries = await outbox.ClaimDueAsync(Options.BatchSize, Options.Lease, cancellationToken);
        foreach (var entry in entries)
        {
            await DeliverAsync(entry, cancellationToken);
        }

        return entries.Count;
    }

    private async Task DeliverAsync(NskOutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await registry.DeliverAsync(entry.IdempotencyKey, entry.PayloadJson, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var retryAfter = NskBackoff.After(entry.Attempt, Options.RetryBase, Options.RetryMax);
            LogDeliveryFailed(entry.IdempotencyKey, entry.Attempt, retryAfter, ex.Message);
            metrics.NskDelivery(delivered: false);
            await outbox.MarkFailedAsync(entry.Id, Truncate($"{ex.GetType().Name}: {ex.Message}"), retryAfter, cancellationToken);
            return;
        }

        await outbox.MarkDeliveredAsync(entry.Id, cancellationToken);
        metrics.NskDelivery(delivered: true);
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(Options.PollInterval, clock, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    [LoggerMessage(Level = LogLevel.Warning, Message = "NSK delivery of {Serial} failed (attempt {Attempt}); retrying in {RetryAfter}: {Error}")]
    private partial void LogDeliveryFailed(string serial, int attempt, TimeSpan retryAfter, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "An NSK outbox round failed; the entries stay in the outbox")]
    private partial void LogRoundFailed(Exception exception);
}
