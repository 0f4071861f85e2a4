using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Platform.Domain.Identity;
using Platform.Frontend.Security.Development;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.LoadTest;

/// <summary>Issue 7: the development issuer's synthetic candidates (Development only): valid, distinct IINs.</summary>
public sealed class SyntheticCandidatesTests
{
    [Fact]
    public void EveryNumberHasAValidDistinctIinBornBetween1970And2000()
    {
        var iins = new HashSet<string>();
        for (var n = 1; n <= SyntheticCandidates.Max; n++)
        {
            var iin = Iin.Parse(SyntheticIin.For(n));
            Assert.InRange(iin.BirthDate, new DateOnly(1970, 1, 1), new DateOnly(2000, 12, 31));
            Assert.True(iins.Add(iin.Value), $"load.candidate.{n} repeats an IIN");
        }
    }

    [Theory]
    [InlineData("load.candidate.0")]
    [InlineData("load.candidate.100001")]
    [InlineData("load.candidate.01")]
    [InlineData("load.candidate.-1")]
    [InlineData("load.candidate.")]
    [InlineData("candidate.load.1")]
    public void NamesOutsideTheRangeAreNoAccounts(string name) => Assert.Null(SyntheticCandidates.Find(name));

    [Fact]
    public void TheyExistOnlyWhenTheSettingIsOnAndOnlyInDevelopment()
    {
        var on = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SyntheticCandidates.Setting] = "true" }).Build();
        var root = Path.Combine(RepositoryRoot.Path, "src", "Frontend");

        Assert.NotNull(new DemoAccounts(Environment("Development", root), on).Find("load.candidate.7"));
        Assert.Null(new DemoAccounts(Environment("Development", root), new ConfigurationBuilder().Build()).Find("load.candidate.7"));
        Assert.Throws<InvalidOperationException>(() => new DemoAccounts(Environment("Production", root), on));
    }

    private static HostingEnvironment Environment(string name, string root) => new() { EnvironmentName = name, ContentRootPath = root };
}
