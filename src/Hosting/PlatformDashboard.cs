using Microsoft.Extensions.Configuration;

namespace Platform.Hosting;

/// <summary>
/// The Orleans Dashboard at <c>/dashboard</c> (administrators): on unless <see cref="EnabledSetting"/>
/// (<c>Platform__Dashboard__Enabled</c>) is false, in the silos and the frontend alike. It has a price at load: a
/// profiler around every grain call and a metric reader that collects every Orleans instrument each second, about 6 % of
/// a silo's CPU at 10,000 candidates (docs/benchmarks.md); <c>/metrics</c> gives the same figures at the scrape's pace.
/// </summary>
public static class PlatformDashboard
{
    public const string EnabledSetting = "Platform:Dashboard:Enabled";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledSetting, true);
}
