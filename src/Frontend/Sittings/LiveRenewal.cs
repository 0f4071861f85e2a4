using Platform.Hosting;

namespace Platform.Frontend.Sittings;

/// <summary>
/// Renews the frontend's observer subscriptions every <see cref="Every"/>, well within the grains' five-minute expiry,
/// and brings them back after a grain moved to another silo (its in-memory observer list was lost with the old
/// activation). Issue 17: a call that met a fault (<see cref="FaultMet"/>: a silo killed or cut off) renews at once, then
/// every <see cref="Retry"/> until a whole round succeeds, then at the usual pace again; a sitting that gets back a
/// subscription it had lost pushes its state at once, so a warning raised meanwhile reaches the candidate. Rounds come
/// at most one a <see cref="Retry"/>, however many calls fail. Time is the clock's, so a test moves it.
/// </summary>
public sealed partial class LiveRenewal : BackgroundService
{
    /// <summary>The usual pace of the rounds.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    /// <summary>The pace after a fault, until a round renews every subscription.</summary>
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    private readonly Func<Task<bool>> _renew;
    private readonly TimeProvider _clock;
    private readonly ILogger<LiveRenewal> _logger;
    private TaskCompletionSource _fault = Signal();

    /// <param name="renew">One round: renews every subscription; true when each was renewed.</param>
    /// <param name="clock">The clock the rounds are timed by.</param>
    /// <param name="logger">Where an incomplete round is said.</param>
    public LiveRenewal(Func<Task<bool>> renew, TimeProvider clock, ILogger<LiveRenewal> logger) =>
        (_renew, _clock, _logger) = (renew, clock, logger);

    /// <summary>The frontend's three watches, by the procedure's clock when one is registered (tests), the system's otherwise.</summary>
    public static LiveRenewal Of(IServiceProvider services)
    {
        var (centers, national, sittings) = (
            services.GetRequiredService<CenterWatch>(), services.GetRequiredService<NationalWatch>(), services.GetRequiredService<SittingWatch>());
        return new LiveRenewal(
            async () => (await Task.WhenAll(centers.RenewAsync(), national.RenewAsync(), sittings.RenewAsync())).All(whole => whole),
            services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System,
            services.GetRequiredService<ILogger<LiveRenewal>>());
    }

    /// <summary>A call met a fault: the grain it reached may have moved and lost its observers, so renew now.</summary>
    public void FaultMet() => Volatile.Read(ref _fault).TrySetResult();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var (last, wait) = (_clock.GetUtcNow(), Every);
        while (true)
        {
            await UntilNextRoundAsync(last, wait, stoppingToken);
            // The round covers every fault met so far; one met during it asks for another.
            Interlocked.Exchange(ref _fault, Signal());
            last = _clock.GetUtcNow();
            if (await _renew())
            {
                wait = Every;
            }
            else
            {
                wait = Retry;
                LogIncomplete(_logger, Retry.TotalSeconds);
            }
        }
    }

    /// <summary>Until <paramref name="wait"/> after the last round, or a fault met, but never sooner than <see cref="Retry"/> after it.</summary>
    private async Task UntilNextRoundAsync(DateTimeOffset last, TimeSpan wait, CancellationToken stoppingToken)
    {
        var fault = Volatile.Read(ref _fault).Task;
        var due = DelayUntilAsync(last + wait, stoppingToken);
        if (wait > Retry && await Task.WhenAny(due, fault) == fault)
        {
            due = DelayUntilAsync(last + Retry, stoppingToken);
        }

        await due;
    }

    private Task DelayUntilAsync(DateTimeOffset at, CancellationToken stoppingToken)
    {
        var left = at - _clock.GetUtcNow();
        return left > TimeSpan.Zero ? Task.Delay(left, _clock, stoppingToken) : Task.CompletedTask;
    }

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not every live subscription was renewed (a silo may be failing over); the next round in {Seconds} s.")]
    private static partial void LogIncomplete(ILogger logger, double seconds);
}
