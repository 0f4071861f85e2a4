namespace Platform.Frontend.Sittings;

/// <summary>
/// Renews the frontend's observer subscriptions every half minute, well within the grains' five-minute expiry, and brings
/// them back after a grain moved to another silo (its in-memory observer list was lost with the old activation).
/// </summary>
public sealed class LiveRenewal(CenterWatch centers, NationalWatch national, SittingWatch sittings) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await Task.WhenAll(centers.RenewAsync(), national.RenewAsync(), sittings.RenewAsync());
        }
    }
}
