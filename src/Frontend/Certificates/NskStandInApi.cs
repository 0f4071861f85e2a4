using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;
using Platform.Frontend.Security.Audit;

namespace Platform.Frontend.Certificates;

/// <summary>
/// DEVELOPMENT ONLY: the NSK registry stand-in's endpoints, where the silo delivers results when <c>Platform:Nsk:BaseUrl</c>
/// is not set. Mapped in Development only; the silo calls it without a token, as it would call the real registry's API.
/// </summary>
public static class NskStandInApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapNskStandInApi(this IEndpointRouteBuilder app, NskStandIn standIn)
    {
        var api = app.MapGroup("/api/v1/dev/nsk").WithTags("Development only").AllowAnonymous();
        api.MapPost("/results", (JsonElement payload, HttpContext context) => Record(standIn, payload, context))
            .NotAudited("a development stand-in of the NSK platform changes no case")
            .WithSummary("DEVELOPMENT ONLY: the NSK registry stand-in records a result under its Idempotency-Key, once.");
        api.MapGet("/results", () => TypedResults.Ok(standIn.Records))
            .WithSummary("DEVELOPMENT ONLY: the results the NSK registry stand-in recorded, with how often each was delivered.");
        return app;
    }

    private static Results<Created<NskStandInRecord>, Ok<NskStandInRecord>, ProblemHttpResult> Record(NskStandIn standIn, JsonElement payload, HttpContext context)
    {
        if (context.Request.Headers[IdempotencyKeyHeader].ToString() is not { Length: > 0 } key)
        {
            return Problem.BadRequest(context, CertificateMessages.MissingIdempotencyKey, CertificateMessages.MissingIdempotencyKeyDetail);
        }

        var added = standIn.Record(key, payload);
        var record = standIn.Records.First(r => r.Key == key);
        return added ? TypedResults.Created($"/api/v1/dev/nsk/results#{Uri.EscapeDataString(key)}", record) : TypedResults.Ok(record);
    }
}
