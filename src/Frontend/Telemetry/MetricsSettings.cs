namespace Platform.Frontend.Telemetry;

/// <summary>Issue 17: the frontend's metrics settings (<c>Platform:Metrics</c>).</summary>
public static class MetricsSettings
{
    /// <summary>Where Prometheus scrapes the frontend, administrators only.</summary>
    public const string Path = "/metrics";

    public const string SampleSecondsSetting = "Platform:Metrics:SampleSeconds";

    /// <summary>How often the gauges read from PostgreSQL are read again: 30 s unless configured (at least 1 s).</summary>
    public static TimeSpan SampleInterval(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(configuration.GetValue(SampleSecondsSetting, 30), 1));
}
