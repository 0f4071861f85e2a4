using Platform.Hosting;

namespace Platform.Grains.Programs;

public sealed class ProgramCatalogGrain(
    [PersistentState("program-catalog", PlatformDatabase.GrainStorage)] IPersistentState<ProgramCatalogState> state)
    : Grain, IProgramCatalogGrain
{
    public async Task Register(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (state.State.Codes.Contains(code, StringComparer.Ordinal))
        {
            return;
        }

        state.State.Codes.Add(code);
        state.State.Codes.Sort(StringComparer.Ordinal);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> GetCodes() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Codes]);
}
