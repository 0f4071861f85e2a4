namespace Platform.Integration.Tests.Mail;

/// <summary>The notice mail tests that share one <see cref="MailPlatformFixture"/> (they stop and start its mail server, so one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class MailCollection : ICollectionFixture<MailPlatformFixture>
{
    public const string Name = "mail";
}
