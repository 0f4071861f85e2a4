using Platform.Integration.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Platform.Integration.Tests.Foundation;

/// <summary>No Docker engine runs here, so the compose file is checked by reading it (docs/operations.md describes it).</summary>
public sealed class ComposeFileTests
{
    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services()[name];

    /// <summary>The service's environment, the keys merged in from its anchors (<c>&lt;&lt;: *anchor</c>, nested) included.</summary>
    private static Dictionary<string, string> Environment(string service) => Flatten((YamlMappingNode)Service(service)["environment"]);

    private static Dictionary<string, string> Flatten(YamlMappingNode mapping)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name == "<<")
            {
                foreach (var (merged, text) in Flatten((YamlMappingNode)value))
                {
                    flat.TryAdd(merged, text);
                }
            }
            else
            {
                flat[name] = ((YamlScalarNode)value).Value ?? "";
            }
        }

        return flat;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => [],
    };

    [Fact]
    public void ComposeRunsPostgresTwoSilosAndTheFrontendAndKeepsTheBackupJobInItsOwnProfile()
    {
        var running = Services().Children
            .Where(service => !((YamlMappingNode)service.Value).Children.ContainsKey(new YamlScalarNode("profiles")))
            .Select(service => ((YamlScalarNode)service.Key).Value)
            .ToHashSet();
        Assert.Equal(new HashSet<string?> { "postgres", "silo1", "silo2", "frontend" }, running);
        Assert.Equal(new[] { "operations" }, Scalars(Service("backup")["profiles"]));
    }

    [Theory]
    [InlineData("silo1")]
    [InlineData("silo2")]
    [InlineData("frontend")]
    public void EachPlatformServiceBuildsFromAnExistingDockerfileAndTakesTheConnectionStringFromTheEnvironment(string service)
    {
        var dockerfile = ((YamlScalarNode)((YamlMappingNode)Service(service)["build"])["dockerfile"]).Value!;
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, dockerfile)), dockerfile + " is missing");

        var environment = Environment(service);
        Assert.Contains("PLATFORM_POSTGRES", environment.Keys);
        Assert.Equal("qualification-recognition", environment["Orleans__ServiceId"]);
    }

    /// <summary>App.2: the silos sign; the frontend publishes the public half and never holds the private key.</summary>
    [Fact]
    public void OnlyTheSilosHoldTheCertificateSigningKeyAndTheFrontendPublishesItsPublicHalf()
    {
        const string signing = "Platform__Secrets__CertificateSigningKey";
        Assert.Contains(signing, Environment("silo1").Keys);
        Assert.Contains(signing, Environment("silo2").Keys);
        Assert.DoesNotContain(signing, Environment("frontend").Keys);
        Assert.Contains("Platform__Certificates__PublicKey", Environment("frontend").Keys);
    }

    /// <summary>docs/operations.md: PITR needs the WAL archived; the pools (2 × 50 a process) fit under max_connections.</summary>
    [Fact]
    public void PostgresArchivesItsWalAndAdmitsEveryPoolOfTheFourProcesses()
    {
        var command = string.Join(' ', Scalars(Service("postgres")["command"]));
        Assert.Contains("wal_level=replica", command);
        Assert.Contains("archive_mode=on", command);
        Assert.Contains("archive_command=", command);
        var maxConnections = int.Parse(System.Text.RegularExpressions.Regex.Match(command, @"max_connections=(\d+)").Groups[1].Value);
        var pool = int.Parse(System.Text.RegularExpressions.Regex.Match(Environment("silo1")["PLATFORM_POSTGRES"], @"Maximum Pool Size=(\d+)").Groups[1].Value);
        Assert.True(4 * 2 * pool < maxConnections, $"4 processes × 2 pools × {pool} connections do not fit under max_connections={maxConnections}");
    }

    /// <summary>docs/operations.md: the cookie keys are in PostgreSQL (issue 17): no frontend mounts a key folder; the certificate that encrypts them is a setting.</summary>
    [Fact]
    public void TheFrontendKeepsItsCookieKeysInPostgresNotInAVolume()
    {
        Assert.DoesNotContain(Scalars(Service("frontend")["volumes"]), volume => volume.Contains("DataProtection", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Platform__DataProtection__CertificatePath", Environment("frontend").Keys);
        Assert.Contains("Platform__DataProtection__CertificatePassword", Environment("frontend").Keys);
    }

    /// <summary>The backup job runs scripts/backup.sh on the platform's database and the uploads the frontend writes.</summary>
    [Fact]
    public void TheBackupJobRunsTheBackupScriptOnTheDatabaseAndTheFrontendsUploads()
    {
        var backup = Service("backup");
        Assert.Equal(new[] { "bash", "/scripts/backup.sh", "/backups" }, Scalars(backup["command"]));
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, "scripts", "backup.sh")));
        var volumes = Scalars(backup["volumes"]).ToList();
        Assert.Contains("./scripts:/scripts:ro", volumes);
        var uploads = Scalars(Service("frontend")["volumes"]).Single(v => v.EndsWith(":/var/lib/platform/uploads", StringComparison.Ordinal)).Split(':')[0];
        Assert.Contains($"{uploads}:/uploads:ro", volumes);
        Assert.Equal("/uploads", Environment("backup")["PLATFORM_UPLOADS"]);
        Assert.Equal("/var/lib/platform", Environment("frontend")["Platform__DataDirectory"]);
        Assert.Contains("PLATFORM_POSTGRES", Environment("backup").Keys);
    }
}
