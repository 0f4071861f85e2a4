namespace Platform.Domain.Exams;

/// <summary>A stretch of the procedure's time, from <paramref name="Start"/> up to <paramref name="End"/> (empty unless End is later).</summary>
/// <param name="Start">The first instant.</param>
/// <param name="End">The instant it ended.</param>
public sealed record OutageSpan(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End > Start ? End - Start : TimeSpan.Zero;
}
