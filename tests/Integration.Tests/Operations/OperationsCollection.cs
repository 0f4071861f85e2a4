namespace Platform.Integration.Tests.Operations;

/// <summary>The operations tests that share one <see cref="OperationsFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsFixture>
{
    public const string Name = "operations";
}
