using Microsoft.Extensions.Logging;
using Orleans.Placement;
using Orleans.Runtime;
using Platform.Hosting;

namespace Platform.Integration.Tests.Probes;

/// <summary>
/// A grain that tells where it lives and keeps a little state. Placed at random: the default, resource-optimized
/// placement follows the silos' load, and on a busy two-core machine it put all 40 probes of the cluster test on one
/// silo (a fresh-clone run, 2026-11-28), where the test means to see both silos serve.
/// </summary>
[RandomPlacement]
public sealed class ProbeGrain(
    [PersistentState("probe", PlatformDatabase.GrainStorage)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo,
    ILogger<ProbeGrain> logger) : Grain, IProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    public async Task Remember(string value)
    {
        state.State.Value = value;
        state.State.Tags = [value, "tag"];
        await state.WriteStateAsync();
    }

    public Task<string?> Recall() => Task.FromResult(state.State.Value);

    public Task<IReadOnlyList<string>> RecallTags() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Tags]);

    /// <summary>Also writes a log line (issue 17: the correlation test looks for the request's id in it).</summary>
    public Task<string> WhereAmI()
    {
        logger.LogInformation("Probe {Probe} answers from silo {Silo}", this.GetPrimaryKeyString(), silo.Name);
        return Task.FromResult(silo.Name);
    }

    public Task ArmReminder(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<int> ReminderTicks() => Task.FromResult(state.State.ReminderTicks);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.ReminderTicks++;
        await state.WriteStateAsync();
        ReminderSignals.Ticked(this.GetPrimaryKeyString(), silo.Name);
    }
}
