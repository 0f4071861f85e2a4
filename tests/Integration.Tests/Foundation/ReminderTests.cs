using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Probes;

namespace Platform.Integration.Tests.Foundation;

public sealed class ReminderTests
{
    [Fact]
    public async Task AReminderFiresAfterTheSiloThatRegisteredItWasStoppedAndAnotherStarted()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var key = "probe-" + Guid.NewGuid().ToString("N");
        // One clock for the reminder subsystem of both silos; the rest of Orleans keeps real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        void UseFakeClock(IServiceCollection services) =>
            services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);

        var registering = await PlatformHosts.StartSiloAsync(database, "reminders", UseFakeClock);
        await registering.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>(key)
            .ArmReminder(dueTime: TimeSpan.FromMinutes(10), period: TimeSpan.FromMinutes(10));
        await registering.StopAsync();
        registering.Dispose();

        using var taking = await PlatformHosts.StartSiloAsync(database, "reminders", UseFakeClock);
        var tick = ReminderSignals.NextTick(key);
        // Each step of the fake clock lets the new silo read the reminder table, then reach the due time.
        for (var step = 0; step < 40 && !tick.IsCompleted; step++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(tick, Task.Delay(TimeSpan.FromMilliseconds(250)));
        }

        Assert.True(tick.IsCompleted, "the reminder did not fire in 40 minutes of fake time");
        Assert.Equal(1, await taking.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>(key).ReminderTicks());
        await taking.StopAsync();
    }
}
