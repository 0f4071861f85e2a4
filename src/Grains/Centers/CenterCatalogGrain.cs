using Platform.Hosting;

namespace Platform.Grains.Centers;

public sealed class CenterCatalogGrain(
    [PersistentState("center-catalog", PlatformDatabase.GrainStorage)] IPersistentState<CenterCatalogState> state)
    : Grain, ICenterCatalogGrain
{
    public async Task Register(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (state.State.Numbers.Contains(number, StringComparer.Ordinal))
        {
            return;
        }

        state.State.Numbers.Add(number);
        state.State.Numbers.Sort(StringComparer.Ordinal);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> GetNumbers() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Numbers]);
}
