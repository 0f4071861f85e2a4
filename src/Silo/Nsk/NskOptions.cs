namespace Platform.Silo.Nsk;

/// <summary>
/// <c>Platform:Nsk:*</c>: the NSK digital platform's registry of results (P18.2) and how the outbox delivers to it.
/// Without <see cref="BaseUrl"/>, Development delivers to the frontend's stand-in at <c>{PublicBaseUrl}/api/v1/dev/nsk/</c>;
/// elsewhere the start stops.
/// </summary>
public sealed class NskOptions
{
    public const string Section = "Platform:Nsk";

    /// <summary>The registry's API root; results are posted to <c>{BaseUrl}/results</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How many entries one round claims.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How often the dispatcher looks for due entries when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed entry is reserved for the silo sending it; past it, another may retry.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The timeout of one delivery (shorter than <see cref="Lease"/>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
