using Platform.Domain.Programs;
using Platform.Hosting;

namespace Platform.Grains.Programs;

public sealed class QualificationProgramGrain(
    [PersistentState("qualification-program", PlatformDatabase.GrainStorage)] IPersistentState<QualificationProgramState> state)
    : Grain, IQualificationProgramGrain
{
    // Parsed lazily from the stored document; the stored document is the truth.
    private ProgramSummary? _summary;

    public async Task<int> Load(string programJson)
    {
        var program = Parse(programJson);
        var expectedKey = ProgramKeys.For(program.Code);
        if (this.GetPrimaryKeyString() != expectedKey)
        {
            throw new ArgumentException(
                $"Program '{program.Code}' belongs under key '{expectedKey}', not '{this.GetPrimaryKeyString()}'.", nameof(programJson));
        }

        // Stored in its normalized form, so that loading the same document twice is harmless.
        var normalized = program.ToJson();
        if (normalized != state.State.Json)
        {
            state.State.Json = normalized;
            state.State.Version++;
            await state.WriteStateAsync();
            _summary = ProgramSummary.Of(program, state.State.Version);
        }

        // Registered after every load, so that a registration lost to a failure is made good by loading again.
        await GrainFactory.GetGrain<IProgramCatalogGrain>(ProgramKeys.Catalog).Register(program.Code);
        return state.State.Version;
    }

    public Task<string?> GetJson() => Task.FromResult(state.State.Json);

    public Task<ProgramSummary?> GetSummary()
    {
        if (_summary is null && state.State.Json is { } json)
        {
            _summary = ProgramSummary.Of(QualificationProgram.Parse(json), state.State.Version);
        }

        return Task.FromResult(_summary);
    }

    private static QualificationProgram Parse(string programJson)
    {
        try
        {
            return QualificationProgram.Parse(programJson);
        }
        catch (ProgramValidationException invalid)
        {
            throw new ArgumentException(invalid.Message, nameof(programJson));
        }
    }
}
