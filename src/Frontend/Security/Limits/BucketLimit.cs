namespace Platform.Frontend.Security.Limits;

/// <summary>
/// A token-bucket rate limit: <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition, sustained,
/// with a bucket that holds a whole window's permits, so a burst (a page that loads ten things at once) passes.
/// </summary>
public sealed class BucketLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
