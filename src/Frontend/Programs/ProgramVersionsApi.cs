using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Programs;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Grains.Programs;

namespace Platform.Frontend.Programs;

/// <summary>
/// The versions of a qualification program (SPEC §5: a sitting keeps the version it was drawn from, so an operator or an
/// administrator reading a sitting of last year reads the program it was drawn from): the list of every version kept,
/// and one version's document. Read by administrators and operators; the path members are checked (400 naming the
/// member), an unknown program or version is 404.
/// </summary>
public static class ProgramVersionsApi
{
    public static IEndpointRouteBuilder MapProgramVersionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/programs/{code}/versions", List).RequireAuthorization(Policies.Operator).WithTags("Programs")
            .WithSummary("Every version of a qualification program kept, oldest first, with when and by whom it was loaded.");
        app.MapGet("/api/v1/programs/{code}/versions/{version}", Read).RequireAuthorization(Policies.Operator).WithTags("Programs")
            .WithSummary("One version of a qualification program: its JSON document as it was loaded.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ProgramVersionInfo>>, ProblemHttpResult>> List(string code, IGrainFactory grains, HttpContext context)
    {
        if (!QualificationProgram.IsCode(code))
        {
            return Invalid(context, "code", ProgramMessages.InvalidCode(code));
        }

        var versions = await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetVersions();
        return versions.Count > 0 ? TypedResults.Ok(versions) : Problem.NotFound(context, Security.Messages.NotFound, Security.Messages.NotFoundDetail);
    }

    private static async Task<Results<Ok<ProgramVersionDocument>, ProblemHttpResult>> Read(string code, string version, IGrainFactory grains, HttpContext context)
    {
        if (!QualificationProgram.IsCode(code))
        {
            return Invalid(context, "code", ProgramMessages.InvalidCode(code));
        }

        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Invalid(context, "version", ProgramMessages.InvalidVersion(version));
        }

        var program = grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code));
        var versions = await program.GetVersions();
        if (versions.Count == 0)
        {
            return Problem.NotFound(context, Security.Messages.NotFound, Security.Messages.NotFoundDetail);
        }

        if (versions.FirstOrDefault(v => v.Version == number) is not { } info || await program.GetDocument(number) is not { } document)
        {
            return Problem.NotFound(context, ProgramMessages.VersionNotFound, ProgramMessages.VersionNotFoundDetail(code, number));
        }

        using var json = JsonDocument.Parse(document.Json);
        return TypedResults.Ok(new ProgramVersionDocument(code, number, number == versions.Max(v => v.Version), info.LoadedAt, info.LoadedBy, json.RootElement.Clone()));
    }

    private static ProblemHttpResult Invalid(HttpContext context, string member, Text detail)
    {
        var problem = Problem.BadRequest(context, ProgramMessages.InvalidAddress, detail);
        problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [member] = [detail.In(Problem.Language(context))] };
        return problem;
    }
}
