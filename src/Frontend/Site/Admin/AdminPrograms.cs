using Platform.Domain.Programs;
using Platform.Frontend.Programs;
using Platform.Frontend.Security.Audit;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Admin;

/// <summary>The answer to a program upload: the status earned, the code, and every error of the document by its path.</summary>
public sealed record ProgramUpload(int Status, string Code, IReadOnlyList<ProgramError> Errors, string? FieldError, ProgramSummary? Loaded);

/// <summary>
/// SPEC §5, qualification programs for the administrator's pages: the list, one program read whole (its technological
/// maps P16-P17 and a ticket drawn from its blueprint P9, P15 by the Domain's <see cref="TicketDrawer"/>), and the
/// upload through the same validation and load as <c>PUT /api/v1/admin/programs/{code}</c>.
/// </summary>
public sealed class AdminPrograms(IGrainFactory grains)
{
    /// <summary>As the API: a program with its bank in two languages is larger than an ordinary request.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    public async Task<IReadOnlyList<ProgramSummary>> ListAsync()
    {
        var codes = await grains.GetGrain<IProgramCatalogGrain>(ProgramKeys.Catalog).GetCodes();
        var summaries = await Task.WhenAll(codes.Select(code => grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetSummary()));
        return [.. summaries.OfType<ProgramSummary>()];
    }

    /// <summary>
    /// The program loaded under this code with its versions, showing <paramref name="version"/> (the current one when
    /// null); null when no program is loaded or that version is not kept.
    /// </summary>
    public async Task<ProgramVersions?> ReadAsync(string code, int? version)
    {
        var grain = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code));
        return await grain.GetDocument(version) is { } shown && await grain.GetSummary() is { } summary
            ? new ProgramVersions(QualificationProgram.Parse(shown.Json), shown.Version, summary, await grain.GetVersions())
            : null;
    }

    /// <summary>The same ticket in kk and ru: one seed draws the same questions in the same order in either language.</summary>
    public static (Ticket Kk, Ticket Ru) Preview(QualificationProgram program, long seed) =>
        (TicketDrawer.Draw(program, ExamLanguage.Kk, seed), TicketDrawer.Draw(program, ExamLanguage.Ru, seed));

    /// <summary>Validates an uploaded document in full and loads it when it has no error (400 with every error otherwise).</summary>
    public async Task<ProgramUpload> UploadAsync(HttpContext context, IFormFile? file)
    {
        if (file is null || file.Length == 0 || file.Length > MaxFileBytes)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new ProgramUpload(StatusCodes.Status400BadRequest, "", [], SiteText.Say(file is null || file.Length == 0 ? "Admin.Programs.Error.NoFile" : "Admin.Programs.Error.TooLarge"), null);
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var json = await reader.ReadToEndAsync(context.RequestAborted);
        var code = CodeOf(json);
        var errors = code is null ? ProgramDocument.Check("", json) : ProgramDocument.Check(code, json);
        if (errors.Count > 0 || code is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new ProgramUpload(StatusCodes.Status400BadRequest, code ?? "", errors, SiteText.Say("Admin.Programs.Error.Invalid", errors.Count), null);
        }

        var summary = await ProgramDocument.LoadAsync(grains, code, json, context);
        context.NoteAudit(ProgramKeys.For(code), ("action", "program.load"), ("version", summary.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ProgramUpload(StatusCodes.Status200OK, code, [], null, summary);
    }

    /// <summary>The code the document names (the page has no address to take it from), or null when it names none.</summary>
    private static string? CodeOf(string json)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
