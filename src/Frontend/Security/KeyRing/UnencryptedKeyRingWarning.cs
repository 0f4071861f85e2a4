namespace Platform.Frontend.Security.KeyRing;

/// <summary>Says at every start that the keys are stored unencrypted, until a certificate is configured (docs/operations.md).</summary>
public sealed partial class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogUnencrypted(logger, KeyRingOptions.Section);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Section}:CertificatePath is not set: the Data Protection keys (the site's cookies and forms) are stored in PostgreSQL unencrypted.")]
    private static partial void LogUnencrypted(ILogger logger, string section);
}
