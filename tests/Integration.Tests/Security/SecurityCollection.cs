namespace Platform.Integration.Tests.Security;

/// <summary>The security tests that share one <see cref="SecurityFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityFixture>
{
    public const string Name = "security";
}
