namespace Platform.Integration.Tests.Pages.Me.Case;

/// <summary>The case page's browser tests, sharing one <see cref="CasePageFixture"/> (and its clock).</summary>
[CollectionDefinition(Name)]
public sealed class CasePageCollection : ICollectionFixture<CasePageFixture>
{
    public const string Name = "case-page";
}
