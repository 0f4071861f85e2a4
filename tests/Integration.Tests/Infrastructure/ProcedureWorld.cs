using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Platform.Domain.Programs;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Programs;
using Platform.Hosting;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// A silo on a fresh database whose procedure clock and reminder clock are one <see cref="FakeTimeProvider"/>:
/// a test moves statutory days forward in milliseconds while Orleans itself keeps real time.
/// </summary>
public sealed class ProcedureWorld : IAsyncDisposable
{
    private readonly IHost _silo;

    private ProcedureWorld(IHost silo, FakeTimeProvider clock)
    {
        _silo = silo;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IGrainFactory Grains => _silo.Services.GetRequiredService<IGrainFactory>();

    /// <param name="now">Where the procedure clock starts.</param>
    /// <param name="services">Replaces silo services (a storage that fails on demand, say).</param>
    public static async Task<ProcedureWorld> StartAsync(DateTimeOffset now, Action<IServiceCollection>? services = null)
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var clock = new FakeTimeProvider(now);
        var silo = await PlatformHosts.StartSiloAsync(database, "procedure", collection =>
        {
            UseClock(collection, clock);
            services?.Invoke(collection);
        });
        var world = new ProcedureWorld(silo, clock);
        await world.RegisterDemoAsync();
        return world;
    }

    /// <summary>Center 0001, the demo programs and <see cref="Procedure.Cases.CandidateKey"/>: what a case needs registered.</summary>
    private async Task RegisterDemoAsync()
    {
        await Grains.GetGrain<ICenterGrain>(CenterKeys.For("0001")).Register(new CenterProfile(
            "0001", "«Біліктілік» тану орталығы", "Центр признания «Квалификация»", "Алматы, Абай д-лы, 1", "Алматы, пр. Абая, 1",
            "Сейтқали Нұрлан", ["accountant-nrk5", "welder-nrk3"]));
        foreach (var program in DemoPrograms.All())
        {
            await Grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(program.Code)).Load(program.ToJson());
        }

        await Grains.GetGrain<ICandidateGrain>(Procedure.Cases.CandidateKey).Register(new CandidateIdentity(
            "test-protected", "••••••••1234", new PersonName("Ахметова", "Айгерим", "Серікқызы"), new DateOnly(1990, 5, 17),
            new CandidateContacts("Алматы, Сейфуллин к-сі, 10", "a.akhmetova@example.kz", "+7 701 000 0000", null), true, true));
    }

    public static void UseClock(IServiceCollection services, TimeProvider clock)
    {
        services.AddKeyedSingleton(PlatformClock.Key, clock);
        services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, clock);
    }

    /// <summary>Moves the fake clock to an instant and waits (bounded) for the reminders' effect; see <see cref="FakeClockSteps"/>.</summary>
    public Task<T> AdvanceToAsync<T>(DateTimeOffset instant, Func<Task<T>> observe, Func<T, bool> until) =>
        FakeClockSteps.AdvanceAsync(Clock, instant, observe, until);

    public async ValueTask DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
    }
}
