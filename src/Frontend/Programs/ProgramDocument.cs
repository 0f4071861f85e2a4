using Platform.Domain.Programs;
using Platform.Frontend.Security;
using Platform.Grains.Programs;

namespace Platform.Frontend.Programs;

/// <summary>
/// SPEC §5: a qualification program as an administrator sends it, validated in full by the Domain (every error with its
/// path) and loaded into its grain when valid; for the API (<c>PUT /api/v1/admin/programs/{code}</c>) and the
/// administrator's page alike.
/// </summary>
public static class ProgramDocument
{
    /// <summary>Every error of the document for the program <paramref name="code"/>; empty when it may be loaded.</summary>
    public static IReadOnlyList<ProgramError> Check(string code, string json)
    {
        try
        {
            var program = QualificationProgram.Parse(json);
            return program.Code == code ? [] : [new ProgramError("code", "CodeNotOfAddress", program.Code, code)];
        }
        catch (ProgramValidationException invalid)
        {
            return invalid.Errors;
        }
    }

    /// <summary>Loads a document <see cref="Check"/> found valid, noting who loaded it; the summary of the version stored.</summary>
    public static async Task<ProgramSummary> LoadAsync(IGrainFactory grains, string code, string json, HttpContext context)
    {
        var grain = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code));
        await grain.Load(json, (await PlatformUser.BindAsync(context))?.Subject);
        return (await grain.GetSummary())!;
    }
}
