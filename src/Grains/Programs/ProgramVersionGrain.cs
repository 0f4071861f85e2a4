using Platform.Hosting;

namespace Platform.Grains.Programs;

/// <summary>
/// One version of a program's document, in its own row: a program grain's state stays one document long however many
/// versions it has, and a sitting reads only the version it opened under.
/// </summary>
public sealed class ProgramVersionGrain(
    [PersistentState("program-version", PlatformDatabase.GrainStorage)] IPersistentState<ProgramVersionState> state)
    : Grain, IProgramVersionGrain
{
    public async Task Keep(string programJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programJson);
        // Written again only when a load was interrupted before its program grain counted this version.
        if (state.State.Json != programJson)
        {
            state.State.Json = programJson;
            await state.WriteStateAsync();
        }
    }

    public Task<string?> GetJson() => Task.FromResult(state.State.Json);
}
