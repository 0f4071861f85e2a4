namespace Platform.Grains.Calendar;

/// <summary>
/// The working-day calendar years an administrator loaded through the API (SPEC §3), on top of the years shipped
/// with the platform. One grain for the country: key <see cref="Kazakhstan"/>.
/// </summary>
[Alias("Platform.Grains.Calendar.IWorkingCalendarGrain")]
public interface IWorkingCalendarGrain : IGrainWithStringKey
{
    /// <summary>The grain key of Kazakhstan's calendar.</summary>
    public const string Kazakhstan = "kz";

    /// <summary>The loaded years as their JSON documents, with a version that grows at every load.</summary>
    [Alias("GetLoadedYears")]
    Task<LoadedCalendarYears> GetLoadedYears();

    /// <summary>
    /// Validates and stores one year (replacing a loaded one), returning the new version.
    /// Throws <see cref="ArgumentException"/> with the reason when the document is not a valid year.
    /// </summary>
    [Alias("LoadYear")]
    Task<int> LoadYear(string yearJson);
}
