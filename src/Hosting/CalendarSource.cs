using Platform.Domain.Calendar;
using Platform.Grains.Calendar;

namespace Platform.Hosting;

/// <summary>
/// The working calendar the frontend and the grains compute with: the shipped years plus those an administrator loaded,
/// read from <see cref="IWorkingCalendarGrain"/> and kept for a short while.
/// </summary>
public sealed class CalendarSource(IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private Snapshot? _current;

    public async ValueTask<WorkingCalendar> GetAsync()
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - current.FetchedAt < Freshness)
        {
            return current.Calendar;
        }

        var loaded = await Grain.GetLoadedYears();
        var calendar = current?.Version == loaded.Version
            ? current.Calendar
            : loaded.Years.Select(CalendarYearData.Parse).Aggregate(WorkingCalendar.Shipped(), (c, year) => c.WithYear(year));
        _current = new Snapshot(loaded.Version, calendar, time.GetUtcNow());
        return calendar;
    }

    /// <summary>Loads a year through the grain and drops the cached calendar.</summary>
    public async Task<int> LoadYearAsync(CalendarYearData year)
    {
        var version = await Grain.LoadYear(year.ToJson());
        _current = null;
        return version;
    }

    private IWorkingCalendarGrain Grain => grains.GetGrain<IWorkingCalendarGrain>(IWorkingCalendarGrain.Kazakhstan);

    private sealed record Snapshot(int Version, WorkingCalendar Calendar, DateTimeOffset FetchedAt);
}
