namespace Platform.Silo.Mail;

/// <summary>
/// <c>Platform:Mail:*</c>: the SMTP server the notices are sent through (issue 13) and how the outbox sends to it.
/// Without <see cref="Host"/> the notices are kept in the outbox (pending) and nothing is sent until one is configured.
/// The password, when the server asks for one, is a secret: <c>Platform:Secrets:MailPassword</c>.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Platform:Mail";

    /// <summary>Where the password of <see cref="UserName"/> is configured.</summary>
    public const string PasswordKey = "Platform:Secrets:MailPassword";

    /// <summary>The SMTP server's host name; run.sh sets the local one (tools/LocalMail).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>
    /// MailKit's <c>SecureSocketOptions</c> by name: <c>Auto</c> (TLS on 465, STARTTLS when offered), <c>None</c>,
    /// <c>SslOnConnect</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>.
    /// </summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The sender's address.</summary>
    public string From { get; set; } = "noreply@qualification-recognition.local";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Qualification Recognition Platform";

    /// <summary>The account to authenticate as, when the server asks for one.</summary>
    public string? UserName { get; set; }

    /// <summary>How many entries one round claims.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How often the dispatcher looks for due entries when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many attempts an entry is failed for good (at the longest wait, about four days of outage).</summary>
    public int MaxAttempts { get; set; } = 100;

    /// <summary>How long a claimed entry is reserved for the silo sending it; past it, another may retry.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The timeout of one SMTP operation (shorter than <see cref="Lease"/>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
