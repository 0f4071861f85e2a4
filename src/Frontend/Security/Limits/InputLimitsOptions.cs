namespace Platform.Frontend.Security.Limits;

/// <summary><c>Platform:Limits</c>: request body size and rate limits (issue 6, input limits; issue 11, the global limiter).</summary>
public sealed class InputLimitsOptions
{
    public const string Section = "Platform:Limits";

    /// <summary>The largest request body of an endpoint that sets no limit of its own (JSON APIs): 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Sign-in and token issuance (the development token endpoint now, a login later): per client address, whether or
    /// not the caller holds a token, against guessing.
    /// </summary>
    public WindowLimit Login { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Every request of a signed-in caller, per token subject (the global limiter; hubs count their connections only).</summary>
    public BucketLimit Subject { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Every request of signed-in callers per client address, all subjects together: generous, for a center's office
    /// or an exam room behind one address, but a ceiling for one address cycling through many tokens.
    /// </summary>
    public BucketLimit Address { get; set; } = new() { PermitLimit = 6000, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Every request without a valid token, per client address: certificate verification, the calendar, probes.</summary>
    public BucketLimit Anonymous { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Proctoring ingest: per identity and sitting, so one busy sitting cannot starve the others.</summary>
    public WindowLimit Ingest { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };
}
