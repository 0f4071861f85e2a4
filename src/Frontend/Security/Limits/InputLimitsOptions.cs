namespace Platform.Frontend.Security.Limits;

/// <summary><c>Platform:Limits</c>: request body size and rate limits (issue 6, input limits).</summary>
public sealed class InputLimitsOptions
{
    public const string Section = "Platform:Limits";

    /// <summary>The largest request body of an endpoint that sets no limit of its own (JSON APIs): 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Sign-in (the development token endpoint now, a login later): per client address, against guessing.</summary>
    public WindowLimit Login { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Proctoring ingest: per identity and sitting, so one busy sitting cannot starve the others.</summary>
    public WindowLimit Ingest { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };
}
