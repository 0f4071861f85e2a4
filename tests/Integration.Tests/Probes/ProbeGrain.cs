using Orleans.Runtime;
using Platform.Hosting;

namespace Platform.Integration.Tests.Probes;

public sealed class ProbeGrain(
    [PersistentState("probe", PlatformDatabase.GrainStorage)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, IProbeGrain, IRemindable
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

    public Task<string> WhereAmI() => Task.FromResult(silo.Name);

    public Task ArmReminder(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<int> ReminderTicks() => Task.FromResult(state.State.ReminderTicks);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.ReminderTicks++;
        await state.WriteStateAsync();
        ReminderSignals.Ticked(this.GetPrimaryKeyString(), silo.Name);
    }
}
