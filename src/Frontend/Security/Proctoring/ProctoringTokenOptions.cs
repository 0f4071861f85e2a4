namespace Platform.Frontend.Security.Proctoring;

/// <summary><c>Platform:Proctoring</c>: how long a proctoring token may be used to open its stream.</summary>
public sealed class ProctoringTokenOptions
{
    public const string Section = "Platform:Proctoring";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(3);
}
