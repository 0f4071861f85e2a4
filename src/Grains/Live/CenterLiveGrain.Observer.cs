using Platform.Domain.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Grains.Live;

/// <summary>
/// The sittings' live news (P9, P13, SPEC §5). News that changes the picture's counts (a new state, a warning, a
/// suspicious event or its confirmation, the end) re-reads the sitting, so the row is exactly the sitting's; the
/// frequent answers change the row in place.
/// </summary>
public sealed partial class CenterLiveGrain
{
    public Task StateChanged(string sittingId, SittingState state, TimeSpan timeLeft) => ChangedAsync(sittingId);

    public Task WarningIssued(string sittingId, SittingWarning warning) => ChangedAsync(sittingId);

    public Task Ended(string sittingId, SittingState state, string rule) => ChangedAsync(sittingId);

    public Task SuspiciousEventLogged(string sittingId, SuspiciousEvent suspicious) => ChangedAsync(sittingId);

    public async Task AnswersSaved(string sittingId, int answered, int total)
    {
        if (_rows.TryGetValue(sittingId, out var row) && (row.Answered, row.Total) != (answered, total))
        {
            await PublishAsync(row with { Answered = answered, Total = total, Revision = ++_revision });
        }
    }

    private async Task ChangedAsync(string sittingId)
    {
        if (_tracked.ContainsKey(sittingId))
        {
            await RefreshOneAsync(sittingId, subscribe: false);
            ReportCounts();
        }
    }
}
