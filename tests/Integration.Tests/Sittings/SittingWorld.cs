using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Platform.Domain.Programs;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Programs;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// A silo on a fresh database with the procedure and reminder clocks on one <see cref="FakeTimeProvider"/> (as
/// <see cref="ProcedureWorld"/>), plus what the sitting tests need: the database itself (to count and tamper with
/// rows), the silo's event log (its batching figures), and a restart onto a new silo.
/// </summary>
public sealed class SittingWorld : IAsyncDisposable
{
    private IHost _silo;

    private SittingWorld(IHost silo, FakeTimeProvider clock, string database)
    {
        (_silo, Clock, Database) = (silo, clock, database);
    }

    public FakeTimeProvider Clock { get; }

    public string Database { get; }

    public IGrainFactory Grains => _silo.Services.GetRequiredService<IGrainFactory>();

    public SittingEventLog EventLog => _silo.Services.GetRequiredService<SittingEventLog>();

    public static async Task<SittingWorld> StartAsync(DateTimeOffset now)
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var clock = new FakeTimeProvider(now);
        var world = new SittingWorld(await StartSiloAsync(database, clock), clock, database);
        await world.RegisterDemoAsync();
        return world;
    }

    /// <summary>Stops the silo (every grain deactivates) and starts another on the same database.</summary>
    public async Task RestartSiloAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        _silo = await StartSiloAsync(Database, Clock);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Moves the fake clock on in one-minute steps until the reminders' effect is seen (bounded).</summary>
    public async Task<T> AdvanceUntilAsync<T>(Func<Task<T>> observe, Func<T, bool> until, int minutes = 120)
    {
        for (var step = 0; step < minutes * 4; step++)
        {
            var observed = await observe();
            if (until(observed))
            {
                return observed;
            }

            if (step % 4 == 3)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"nothing happened within {minutes} minutes of fake time");
    }

    /// <summary>A candidate of their own (a personal file per sitting keeps the load test's files small).</summary>
    public Task RegisterCandidateAsync(string key) =>
        Grains.GetGrain<ICandidateGrain>(key).Register(new CandidateIdentity(
            "test-protected", "••••••••1234", new PersonName("Ахметова", "Айгерим", "Серікқызы"), new DateOnly(1990, 5, 17),
            new CandidateContacts("Алматы, Сейфуллин к-сі, 10", "a.akhmetova@example.kz", "+7 701 000 0000", null), true, true));

    private static Task<IHost> StartSiloAsync(string database, FakeTimeProvider clock) =>
        PlatformHosts.StartSiloAsync(database, "sittings", services => ProcedureWorld.UseClock(services, clock));

    private async Task RegisterDemoAsync()
    {
        await Grains.GetGrain<ICenterGrain>(CenterKeys.For("0001")).Register(new CenterProfile(
            "0001", "«Біліктілік» тану орталығы", "Центр признания «Квалификация»", "Алматы, Абай д-лы, 1", "Алматы, пр. Абая, 1",
            "Сейтқали Нұрлан", ["accountant-nrk5", "welder-nrk3"]));
        foreach (var program in DemoPrograms.All())
        {
            await Grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(program.Code)).Load(program.ToJson());
        }

        await RegisterCandidateAsync(Procedure.Cases.CandidateKey);
    }

    public async ValueTask DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
    }
}
