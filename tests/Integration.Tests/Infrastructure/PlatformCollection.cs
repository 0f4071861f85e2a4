namespace Platform.Integration.Tests.Infrastructure;

/// <summary>The API tests that share one <see cref="PlatformFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
