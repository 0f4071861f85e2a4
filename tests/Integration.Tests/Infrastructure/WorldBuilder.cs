using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Platform.Grains.Certificates;
using Platform.Hosting;
using Platform.Integration.Tests.Certificates;
using Platform.Integration.Tests.Security;
using Platform.Silo.Nsk;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// What a <see cref="World"/> is made of, said step by step: <c>World.Create(now).WithSilos(2).WithFrontend().StartAsync()</c>.
/// Each world gets a fresh database on the shared PostgreSQL and real silos (AdoNet clustering, storage and reminders).
/// </summary>
public sealed class WorldBuilder
{
    private readonly List<Action<IServiceCollection>> _siloServices = [];
    private int _silos = 1;
    private bool _demoData;
    private bool _testCandidate;
    private bool _frontend;
    private readonly Dictionary<string, string?> _frontendSettings = new() { ["Platform:Limits:Login:PermitLimit"] = "100000" };
    private Action<WebApplication>? _map;
    private CapturedLogs? _logs;
    private bool _nsk;
    private string? _database;
    private string? _dataDirectory;

    internal WorldBuilder(FakeTimeProvider? clock) => Clock = clock;

    internal FakeTimeProvider? Clock { get; }

    /// <summary>Starts <paramref name="count"/> silos (one by default) and waits until each sees them all active.</summary>
    public WorldBuilder WithSilos(int count)
    {
        _silos = count;
        return this;
    }

    /// <summary>The platform's own demo data, seeded by the first silo as in development (centers, accounts, programs).</summary>
    public WorldBuilder WithDemoData()
    {
        _demoData = true;
        return this;
    }

    /// <summary>Center 0001, the demo programs and the test candidate, registered through the grains (<see cref="DemoRegistration"/>).</summary>
    public WorldBuilder WithTestCandidate()
    {
        _testCandidate = true;
        return this;
    }

    /// <summary>
    /// A frontend on the same database (the login limit lifted); <paramref name="settings"/> add configuration,
    /// <paramref name="map"/> maps test-only endpoints after the platform's own.
    /// </summary>
    public WorldBuilder WithFrontend(IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? map = null)
    {
        _frontend = true;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _frontendSettings[key] = value;
        }

        _map = map;
        return this;
    }

    /// <summary>Every log message of the silos and the frontend is captured into <paramref name="logs"/>.</summary>
    public WorldBuilder WithLogs(CapturedLogs logs)
    {
        _logs = logs;
        return this;
    }

    /// <summary>Adds or replaces silo services (a storage that fails on demand, another clock), after the platform's own.</summary>
    public WorldBuilder WithServices(Action<IServiceCollection> services)
    {
        _siloServices.Add(services);
        return this;
    }

    /// <summary>A fake NSK registry (<see cref="World.Nsk"/>) and an NSK outbox that fails while <see cref="World.OutboxDown"/>.</summary>
    public WorldBuilder WithNsk()
    {
        _nsk = true;
        return this;
    }

    /// <summary>Starts on an existing database (a restored backup, say) instead of a fresh one.</summary>
    public WorldBuilder OnDatabase(string database)
    {
        _database = database;
        return this;
    }

    /// <summary>
    /// The data folder (<c>Platform:DataDirectory</c>: the generated development secrets and signing key, the uploads)
    /// of the world's silos and frontend, instead of the one the test process shares.
    /// </summary>
    public WorldBuilder WithDataDirectory(string directory)
    {
        _dataDirectory = directory;
        _frontendSettings[PlatformDataDirectory.Key] = directory;
        return this;
    }

    /// <summary>Creates the database, starts the silos, registers what was asked for and starts the frontend.</summary>
    public async Task<World> StartAsync()
    {
        var database = _database ?? await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var world = new World(this, database, "world");
        try
        {
            for (var i = 0; i < _silos; i++)
            {
                await world.StartSiloAsync(seed: _demoData && i == 0);
            }

            foreach (var silo in world.Silos)
            {
                await Membership.WaitForActiveSilosAsync(silo, _silos);
            }

            if (_testCandidate)
            {
                await DemoRegistration.RegisterAsync(world.Grains);
            }

            if (_frontend)
            {
                await world.StartFrontendAsync();
            }

            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>The silo services of this world: its clock, log capture, NSK stand-ins and the test's own.</summary>
    internal void ConfigureSilo(IServiceCollection services, World world)
    {
        if (Clock is not null)
        {
            World.UseClock(services, Clock);
        }

        _logs?.AddTo(services);
        if (_nsk)
        {
            services.AddSingleton<INskRegistry>(world.Nsk);
            services.AddSingleton<INskOutbox>(provider =>
                new FlakyOutbox(provider.GetRequiredService<PostgresNskOutbox>(), () => world.OutboxDown));
        }

        foreach (var configure in _siloServices)
        {
            configure(services);
        }
    }

    /// <summary>The frontend's services: the log capture, and the procedure clock, so its pages read the same "today" as the grains.</summary>
    internal Task<RunningFrontend> StartFrontendAsync(string database, string clusterId) =>
        PlatformHosts.StartFrontendAsync(database, clusterId, _frontendSettings, services =>
        {
            _logs?.AddTo(services);
            if (Clock is not null)
            {
                services.AddKeyedSingleton<TimeProvider>(PlatformClock.Key, Clock);
            }
        }, _map);

    internal Task<IHost> StartSiloAsync(string database, string clusterId, World world, bool seed) =>
        PlatformHosts.StartSiloAsync(database, clusterId, services => ConfigureSilo(services, world),
            new Dictionary<string, string?>
            {
                ["Platform:SeedDemoData"] = seed ? "true" : "false",
                [PlatformDataDirectory.Key] = _dataDirectory ?? PlatformHosts.TestDataDirectory,
            });
}
