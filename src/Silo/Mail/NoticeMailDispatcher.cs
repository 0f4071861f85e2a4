using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Silo.Nsk;

namespace Platform.Silo.Mail;

/// <summary>
/// Issue 13: sends the mail outbox. Each round claims a batch of due entries, renders each notice's PDF, sends them over
/// one SMTP connection and records each outcome: a mail server that is down or answers "try later" keeps the entry
/// pending with its error and an exponentially growing wait, so an outage never loses a notice; a refusal for good, or
/// the last attempt, fails it. Runs in every silo; the claims keep them from sending the same entry. Without
/// <c>Platform:Mail:Host</c> it sends nothing and the entries wait.
/// </summary>
public sealed partial class NoticeMailDispatcher(
    PostgresMailOutbox outbox,
    MailOutboxSignal signal,
    IOptions<MailOptions> options,
    NoticeMailSettings settings,
    TimeProvider clock,
    ILogger<NoticeMailDispatcher> logger) : BackgroundService
{
    private const int MaxErrorLength = 2000;

    private bool _toldNotConfigured;

    private MailOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(ex);
            }

            if (claimed < Options.BatchSize)
            {
                await WaitAsync(stoppingToken);
            }
        }
    }

    /// <summary>One round: the entries claimed, each sent or kept for later. Returns how many were claimed.</summary>
    public async Task<int> DispatchRoundAsync(CancellationToken cancellationToken)
    {
        if (Options.Host is not { Length: > 0 })
        {
            if (!_toldNotConfigured)
            {
                _toldNotConfigured = true;
                LogNotConfigured(MailOptions.Section);
            }

            return 0;
        }

        var entries = await outbox.ClaimDueAsync(Options.BatchSize, Options.Lease, cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        await using var sender = new SmtpMailSender(Options, settings.Password);
        try
        {
            await sender.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            foreach (var entry in entries)
            {
                await RetryOrFailAsync(entry, ex, cancellationToken);
            }

            return entries.Count;
        }

        foreach (var entry in entries)
        {
            await SendAsync(sender, entry, cancellationToken);
        }

        return entries.Count;
    }

    private async Task SendAsync(SmtpMailSender sender, MailOutboxEntry entry, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            message = NoticeMessage.Compose(outbox.Read(entry), entry.Recipient, entry.Language, Options, settings.PublicBaseUrl, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A document that cannot be read back or rendered, or an address that cannot be parsed, never will be.
            LogNotComposed(entry.Id, ex);
            await outbox.MarkFailedAsync(entry.Id, Describe(ex), cancellationToken);
            return;
        }

        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RetryOrFailAsync(entry, ex, cancellationToken);
            return;
        }

        await outbox.MarkSentAsync(entry.Id, cancellationToken);
    }

    private async Task RetryOrFailAsync(MailOutboxEntry entry, Exception error, CancellationToken cancellationToken)
    {
        if (SmtpMailSender.IsPermanent(error) || entry.Attempt >= Options.MaxAttempts)
        {
            LogGivenUp(entry.Id, entry.Attempt, error.Message);
            await outbox.MarkFailedAsync(entry.Id, Describe(error), cancellationToken);
            return;
        }

        var retryAfter = NskBackoff.After(entry.Attempt, Options.RetryBase, Options.RetryMax);
        LogSendFailed(entry.Id, entry.Attempt, retryAfter, error.Message);
        await outbox.MarkRetryAsync(entry.Id, Describe(error), retryAfter, cancellationToken);
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(Options.PollInterval, clock, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static string Describe(Exception error)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending notice mail {Entry} failed (attempt {Attempt}); retrying in {RetryAfter}: {Error}")]
    private partial void LogSendFailed(long entry, int attempt, TimeSpan retryAfter, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice mail {Entry} is given up after attempt {Attempt}: {Error}")]
    private partial void LogGivenUp(long entry, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice mail {Entry} could not be composed; it is failed")]
    private partial void LogNotComposed(long entry, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Section}:Host is not configured: notices are kept in the mail outbox and not sent")]
    private partial void LogNotConfigured(string section);

    [LoggerMessage(Level = LogLevel.Error, Message = "A mail outbox round failed; the entries stay in the outbox")]
    private partial void LogRoundFailed(Exception exception);
}
