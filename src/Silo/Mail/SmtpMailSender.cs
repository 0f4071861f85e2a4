using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Platform.Silo.Mail;

/// <summary>
/// The SMTP server the notices go through, with MailKit: one connection for a round's messages. A refusal the server
/// means for good (a 5xx reply to the sender, a recipient or the message) is told apart from an outage.
/// </summary>
public sealed class SmtpMailSender(MailOptions options, string? password) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var security = Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true);
        await _client.ConnectAsync(options.Host ?? throw new InvalidOperationException($"{MailOptions.Section}:Host is not configured."), options.Port, security, cancellationToken);
        if (options.UserName is { Length: > 0 } user && _client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
        {
            await _client.AuthenticateAsync(user, password ?? "", cancellationToken);
        }
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        await _client.SendAsync(message, cancellationToken);

    /// <summary>True when the server refused the message for good: sending it again would be refused again.</summary>
    public static bool IsPermanent(Exception exception) => exception is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } or ParseException;

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception)
            {
                // The messages are sent or recorded as not; a failed goodbye changes nothing.
            }
        }

        _client.Dispose();
    }
}
