namespace Platform.Frontend.Security.Limits;

/// <summary>A fixed-window rate limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
