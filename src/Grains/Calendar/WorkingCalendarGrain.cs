using Platform.Domain.Calendar;
using Platform.Hosting;

namespace Platform.Grains.Calendar;

public sealed class WorkingCalendarGrain(
    [PersistentState("working-calendar", PlatformDatabase.GrainStorage)] IPersistentState<WorkingCalendarState> state)
    : Grain, IWorkingCalendarGrain
{
    public Task<LoadedCalendarYears> GetLoadedYears() =>
        Task.FromResult(new LoadedCalendarYears(state.State.Version, [.. state.State.Years.OrderBy(y => y.Key).Select(y => y.Value)]));

    public async Task<int> LoadYear(string yearJson)
    {
        CalendarYearData year;
        try
        {
            year = CalendarYearData.Parse(yearJson);
        }
        catch (CalendarDataException invalid)
        {
            throw new ArgumentException(invalid.Message, nameof(yearJson));
        }

        // Stored in its normalized form, so that loading the same year twice is harmless.
        var normalized = year.ToJson();
        if (state.State.Years.TryGetValue(year.Year, out var current) && current == normalized)
        {
            return state.State.Version;
        }

        state.State.Years[year.Year] = normalized;
        state.State.Version++;
        await state.WriteStateAsync();
        return state.State.Version;
    }
}
