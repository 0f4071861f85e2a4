using MailKit.Security;
using Platform.Grains.Candidates;
using Platform.Hosting;
using Platform.Hosting.Certificates;
using Platform.Silo.Mail;

namespace Platform.Silo;

/// <summary>
/// Notices by e-mail (issue 13): the outbox the candidate grain enqueues to and the dispatcher that sends it through the
/// SMTP server of <c>Platform:Mail:*</c>. The case page's link starts with the public address the certificates' QR codes use.
/// </summary>
public static class MailExtensions
{
    public static IHostApplicationBuilder AddNoticeMail(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(options => Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out _),
                $"{MailOptions.Section}:Security is not one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())}.")
            .ValidateOnStart();
        services.AddSingleton(new NoticeMailSettings(CertificateSettings.BaseUrl(configuration), configuration[MailOptions.PasswordKey]));
        services.AddSingleton<MailOutboxSignal>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<PostgresMailOutbox>(provider, Clock(provider)));
        services.AddSingleton<INoticeMailOutbox>(provider => provider.GetRequiredService<PostgresMailOutbox>());
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<NoticeMailDispatcher>(provider, Clock(provider)));
        return builder;
    }

    /// <summary>The procedure's clock (a fake one in tests), so backoff and due times follow it.</summary>
    private static TimeProvider Clock(IServiceProvider provider) =>
        provider.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? provider.GetRequiredService<TimeProvider>();
}
