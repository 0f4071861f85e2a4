using Platform.Grains.Live;
using Platform.Hosting;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// The national live picture for the page's first render (the script then follows <c>CountsChanged</c>): every center
/// of the catalog with the counts the national live grain holds (a center with no sitting reported shows zeros), and one
/// center's picture for the drill-down, read from its center live grain.
/// </summary>
public sealed class NationalReader(IGrainFactory grains, OperatorCenters centers, IServiceProvider services)
{
    public async Task<(IReadOnlyList<LiveCounts> Rows, DateTimeOffset At)> ReadAsync(string language)
    {
        var reading = centers.NamesAsync(language);
        var counts = await grains.GetGrain<INationalLiveGrain>(LiveKeys.National).GetCounts();
        var names = await reading;
        var byCenter = counts.Centers.ToDictionary(c => c.Center, StringComparer.Ordinal);
        var numbers = names.Keys.Union(byCenter.Keys).Order(StringComparer.Ordinal);
        return ([.. numbers.Select(n => LiveCounts.Of(n, names.GetValueOrDefault(n) ?? n, byCenter.GetValueOrDefault(n)))], counts.At == default ? Now : counts.At);
    }

    private DateTimeOffset Now => (services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System).GetUtcNow();

    /// <summary>A registered center's counts and its sittings' rows; null when there is no such center.</summary>
    public async Task<(LiveCounts Counts, CenterPicture Picture)?> CenterAsync(string number, string language)
    {
        if (await centers.NameAsync(number, language) is not { } name)
        {
            return null;
        }

        var national = grains.GetGrain<INationalLiveGrain>(LiveKeys.National).GetCounts();
        var picture = await grains.GetGrain<ICenterLiveGrain>(LiveKeys.Center(number)).GetPicture();
        return (LiveCounts.Of(number, name, (await national).Centers.FirstOrDefault(c => c.Center == number)), picture);
    }
}
