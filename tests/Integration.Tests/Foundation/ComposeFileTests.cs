using Platform.Integration.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Platform.Integration.Tests.Foundation;

/// <summary>No Docker engine runs here, so the compose file is checked by reading it.</summary>
public sealed class ComposeFileTests
{
    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    [Fact]
    public void ComposeRunsPostgresTwoSilosAndTheFrontend()
    {
        var names = Services().Children.Keys.Select(key => ((YamlScalarNode)key).Value).ToHashSet();
        Assert.Equal(new HashSet<string?> { "postgres", "silo1", "silo2", "frontend" }, names);
    }

    [Theory]
    [InlineData("silo1")]
    [InlineData("silo2")]
    [InlineData("frontend")]
    public void EachPlatformServiceBuildsFromAnExistingDockerfileAndTakesTheConnectionStringFromTheEnvironment(string service)
    {
        var definition = (YamlMappingNode)Services()[service];
        var dockerfile = ((YamlScalarNode)((YamlMappingNode)definition["build"])["dockerfile"]).Value!;
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, dockerfile)), dockerfile + " is missing");

        var environment = (YamlMappingNode)definition["environment"];
        var merged = environment.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value).ToList();
        var anchored = environment.Children.TryGetValue(new YamlScalarNode("<<"), out var anchor)
            ? ((YamlMappingNode)anchor).Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value)
            : [];
        Assert.Contains("PLATFORM_POSTGRES", merged.Concat(anchored));
    }
}
