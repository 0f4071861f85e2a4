using System.Threading.RateLimiting;

namespace Platform.Frontend.Sittings;

/// <summary>
/// The rate limit of proctoring streams on the hub (issue 6): a token bucket per sitting, <see cref="ProctoringHub.EventsPerSecond"/>
/// sustained with bursts of <see cref="ProctoringHub.MaxBatch"/>. One partitioned limiter for the whole frontend: one
/// replenishing timer for every stream (not a timer each), and a stream reopened on a new connection keeps its bucket.
/// </summary>
public sealed class ProctoringStreamLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(sittingId =>
        RateLimitPartition.GetTokenBucketLimiter(sittingId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = ProctoringHub.MaxBatch,
            TokensPerPeriod = ProctoringHub.EventsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    /// <summary>Takes <paramref name="events"/> tokens of the sitting's bucket now, or a lease that is not acquired.</summary>
    public RateLimitLease Acquire(string sittingId, int events) => _limiter.AttemptAcquire(sittingId, events);

    public void Dispose() => _limiter.Dispose();
}
