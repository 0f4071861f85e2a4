using Platform.Grains.Live;

namespace Platform.Frontend.Site.Live;

/// <summary>A row of the dashboard: the live grain's row and the candidate's name (for staff only, never in a URL).</summary>
public sealed record LiveRow(LiveSitting Sitting, string Name);
