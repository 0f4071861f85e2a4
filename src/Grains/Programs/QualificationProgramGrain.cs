using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Programs;
using Platform.Hosting;

namespace Platform.Grains.Programs;

public sealed class QualificationProgramGrain(
    [PersistentState("qualification-program", PlatformDatabase.GrainStorage)] IPersistentState<QualificationProgramState> state,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time)
    : Grain, IQualificationProgramGrain
{
    // Parsed lazily from the stored document; the stored document is the truth.
    private ProgramSummary? _summary;

    private QualificationProgramState S => state.State;

    public Task<int> Load(string programJson) => Load(programJson, null);

    public async Task<int> Load(string programJson, string? loadedBy)
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
        if (normalized != S.Json)
        {
            await KeepCurrentAsync(program.Code);
            // The version's own grain first: a crash before the write below leaves a version the next load overwrites.
            var version = S.Version + 1;
            await Version(program.Code, version).Keep(normalized);
            (S.Json, S.Version) = (normalized, version);
            S.Versions.Add(new ProgramVersionInfo(version, time.GetUtcNow(), loadedBy));
            await state.WriteStateAsync();
            _summary = ProgramSummary.Of(program, S.Version);
        }

        // Registered after every load, so that a registration lost to a failure is made good by loading again.
        await GrainFactory.GetGrain<IProgramCatalogGrain>(ProgramKeys.Catalog).Register(program.Code);
        return S.Version;
    }

    public Task<string?> GetJson() => Task.FromResult(S.Json);

    public Task<ProgramSummary?> GetSummary()
    {
        if (_summary is null && S.Json is { } json)
        {
            _summary = ProgramSummary.Of(QualificationProgram.Parse(json), S.Version);
        }

        return Task.FromResult(_summary);
    }

    public Task<IReadOnlyList<ProgramVersionInfo>> GetVersions()
    {
        // A state written before versions were kept lists its current version, undated.
        IReadOnlyList<ProgramVersionInfo> versions = S.Json is null ? []
            : S.Versions.Any(v => v.Version == S.Version) ? [.. S.Versions]
            : [.. S.Versions, new ProgramVersionInfo(S.Version, null, null)];
        return Task.FromResult(versions);
    }

    public async Task<VersionedProgram?> GetDocument(int? version)
    {
        if (S.Json is not { } current || version is < 1 || version > S.Version)
        {
            return null;
        }

        if (version is null || version == S.Version)
        {
            return new VersionedProgram(S.Version, current);
        }

        var code = this.GetPrimaryKeyString()[ProgramKeys.ProgramPrefix.Length..];
        return await Version(code, version.Value).GetJson() is { } json ? new VersionedProgram(version.Value, json) : null;
    }

    /// <summary>A state written before versions were kept: its current document gets a version grain before it is replaced.</summary>
    private async Task KeepCurrentAsync(string code)
    {
        if (S.Json is { } current && S.Versions.All(v => v.Version != S.Version))
        {
            await Version(code, S.Version).Keep(current);
            S.Versions.Add(new ProgramVersionInfo(S.Version, null, null));
        }
    }

    private IProgramVersionGrain Version(string code, int version) => GrainFactory.GetGrain<IProgramVersionGrain>(ProgramKeys.ForVersion(code, version));

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
