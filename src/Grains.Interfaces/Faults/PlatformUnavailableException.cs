namespace Platform.Grains.Faults;

/// <summary>
/// The platform could not do the call because something it depends on — its PostgreSQL, mostly — is unavailable for
/// the moment: a fault, not a refusal and not a bug. An <see cref="OrleansException"/>, so Orleans' storage bridge passes
/// it on unwrapped. Silos throw it instead of the driver's exception, which has no
/// codec in Orleans and may carry details nobody outside should read; the frontend answers it with 503 and Retry-After.
/// </summary>
[GenerateSerializer]
[Alias("Platform.Grains.Hosting.PlatformUnavailableException")]
public sealed class PlatformUnavailableException : OrleansException
{
    public PlatformUnavailableException()
        : base("The platform's storage is unavailable for the moment; the call can be retried.")
    {
    }

    public PlatformUnavailableException(string message)
        : base(message)
    {
    }
}
