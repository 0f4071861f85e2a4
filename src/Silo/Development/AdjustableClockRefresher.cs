using Npgsql;

namespace Platform.Silo.Development;

/// <summary>
/// DEVELOPMENT ONLY: reads the offset of <c>dev_clock</c> into the <see cref="AdjustableClock"/> ten times a second, so
/// a move reaches the silo's timers within 0.1 s of its commit (issue 16: the load test's mass end measures from the
/// move that puts N deadlines behind; a one-row read per silo, development only).
/// </summary>
public sealed class AdjustableClockRefresher(AdjustableClock clock, NpgsqlDataSource database, ILogger<AdjustableClockRefresher> log) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One read; a failure keeps the last offset and is logged (the next read tries again).</summary>
    public async Task RefreshAsync(CancellationToken cancel)
    {
        try
        {
            await using var command = database.CreateCommand("select offset_ms from dev_clock where id");
            if (await command.ExecuteScalarAsync(cancel) is long milliseconds && TimeSpan.FromMilliseconds(milliseconds) != clock.Offset)
            {
                clock.SetOffset(TimeSpan.FromMilliseconds(milliseconds));
                log.LogWarning("DEVELOPMENT ONLY: the procedure clock is now system time {Offset:+0.###;-0.###} h", clock.Offset.TotalHours);
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !cancel.IsCancellationRequested)
        {
            log.LogWarning(e, "DEVELOPMENT ONLY: the adjustable clock's offset could not be read");
        }
    }
}
