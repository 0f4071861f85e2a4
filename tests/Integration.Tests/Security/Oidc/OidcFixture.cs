using Platform.Frontend.Security.Secrets;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Security.Oidc;

/// <summary>
/// A silo, the <see cref="StandInProvider"/>, and a frontend started as in production (<c>Production</c>: no
/// development issuer, secrets from configuration) whose site and API trust the stand-in as their OpenID Connect provider.
/// </summary>
public sealed class OidcFixture : IAsyncLifetime
{
    private World? _world;

    public StandInProvider Provider { get; private set; } = null!;

    public RunningFrontend Frontend { get; private set; } = null!;

    public Uri Site => Frontend.Address;

    public async Task InitializeAsync()
    {
        _world = await World.Create().StartAsync();
        Provider = await StandInProvider.StartAsync();
        Frontend = await PlatformHosts.StartFrontendAsync(_world.Database, _world.ClusterId, new Dictionary<string, string?>
        {
            ["Platform:Auth:Authority"] = Provider.Address.ToString(),
            ["Platform:Auth:RequireHttpsMetadata"] = "false",
            ["Platform:Auth:Site:ClientId"] = StandInProvider.SiteClient,
            ["Platform:Auth:Site:ClientSecret"] = StandInProvider.SiteSecret,
            ["Platform:Auth:Site:Scopes:0"] = StandInProvider.RolesScope,
            [SecretNames.IinEncryptionKeyId] = "k1",
            [$"{SecretNames.IinEncryptionKeys}:k1"] = ProctoringTokenTests.NewKey(),
            [SecretNames.IinHashKey] = ProctoringTokenTests.NewKey(),
            [SecretNames.ProctoringTokenKey] = ProctoringTokenTests.NewKey(),
        }, environment: "Production");
        Provider.Site = Frontend.Address;
    }

    public async Task DisposeAsync()
    {
        if (Frontend is not null)
        {
            await Frontend.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
