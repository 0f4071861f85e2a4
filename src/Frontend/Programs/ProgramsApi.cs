using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Domain.Programs;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Site;
using Platform.Frontend.Sittings;
using Platform.Grains.Programs;

namespace Platform.Frontend.Programs;

/// <summary>
/// Qualification programs (SPEC §5; P9, P12, P15-P17): administrators load a program as its JSON document, validated
/// in full (every error with its path, 400); every signed-in user reads the summaries (the application form needs them).
/// </summary>
public static class ProgramsApi
{
    /// <summary>A program with its bank in two languages is larger than an ordinary request.</summary>
    private const long MaxProgramBytes = 8 * 1024 * 1024;

    public static IEndpointRouteBuilder MapProgramsApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/v1/admin/programs/{code}", Load).RequireAuthorization(Policies.Administrator)
            .WithMetadata(new RequestSizeLimitAttribute(MaxProgramBytes)).Audited("program.load").WithTags("Programs")
            .WithSummary("Loads (or replaces) a qualification program from its JSON document; an invalid one is refused with every error.");
        app.MapGet("/api/v1/programs", List).RequireAuthorization(Policies.SignedIn).WithTags("Programs")
            .WithSummary("The qualification programs loaded, in a few numbers each.");
        app.MapGet("/api/v1/programs/{code}", Read).RequireAuthorization(Policies.SignedIn).WithTags("Programs")
            .WithSummary("One qualification program in a few numbers.");
        return app;
    }

    private static async Task<Results<Ok<ProgramSummary>, ProblemHttpResult>> Load(string code, HttpRequest request, IGrainFactory grains, HttpContext context)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(context.RequestAborted);
        var errors = ProgramDocument.Check(code, json);
        if (errors.Count > 0)
        {
            var problem = Problem.BadRequest(context, SittingMessages.InvalidProgram, SittingMessages.InvalidProgramDetail(errors.Count));
            // The Domain's decisions worded in the caller's language (the request's UI culture, set as the problem's), with their key.
            problem.ProblemDetails.Extensions["errors"] = errors.Select(e => new { path = e.Path, message = DomainWording.Say(e), key = e.Key }).ToList();
            return problem;
        }

        return TypedResults.Ok(await ProgramDocument.LoadAsync(grains, code, json, context));
    }

    private static async Task<Ok<List<ProgramSummary>>> List(IGrainFactory grains)
    {
        var codes = await grains.GetGrain<IProgramCatalogGrain>(ProgramKeys.Catalog).GetCodes();
        var summaries = await Task.WhenAll(codes.Select(code => grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetSummary()));
        return TypedResults.Ok(summaries.OfType<ProgramSummary>().ToList());
    }

    private static async Task<Results<Ok<ProgramSummary>, ProblemHttpResult>> Read(string code, IGrainFactory grains, HttpContext context) =>
        await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetSummary() is { } summary
            ? TypedResults.Ok(summary)
            : Problem.NotFound(context, Security.Messages.NotFound, Security.Messages.NotFoundDetail);
}
