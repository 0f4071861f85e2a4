namespace Platform.Integration.Tests.Infrastructure;

/// <summary>The grain-level procedure tests: one <see cref="ProcedureCluster"/> for all of them, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ProcedureCollection : ICollectionFixture<ProcedureCluster>
{
    public const string Name = "procedure";
}
