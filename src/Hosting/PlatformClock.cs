namespace Platform.Hosting;

/// <summary>
/// The clock of the procedure: the keyed <see cref="TimeProvider"/> grains read "now" from for deadlines.
/// Unregistered, it is the system clock (Orleans maps any key to the default). Tests register a fake one under
/// this key and under the reminders' key, so statutory days pass in milliseconds while Orleans keeps real time.
/// </summary>
public static class PlatformClock
{
    public const string Key = "Platform.Clock";
}
