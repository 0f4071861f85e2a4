using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;

namespace Platform.Frontend.Certificates;

/// <summary>
/// DEVELOPMENT ONLY: the NSK registry stand-in's endpoints, where the silo delivers results when <c>Platform:Nsk:BaseUrl</c>
/// is not set. Mapped in Development only. The silo delivers without a token, as it calls the real registry's API, so
/// the delivery stays open but answers nothing of what was recorded; reading the records (holders' names) takes the
/// operator or an administrator (issue 11), Development or not.
/// </summary>
public static class NskStandInApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapNskStandInApi(this IEndpointRouteBuilder app, NskStandIn standIn)
    {
        var api = app.MapGroup("/api/v1/dev/nsk").WithTags("Development only");
        api.MapPost("/results", (JsonElement payload, HttpContext context) => Record(standIn, payload, context))
            .AllowAnonymous()
            .NotAudited("a development stand-in of the NSK platform changes no case")
            .WithSummary("DEVELOPMENT ONLY: the NSK registry stand-in records a result under its Idempotency-Key, once.");
        api.MapGet("/results", () => TypedResults.Ok(standIn.Records))
            .RequireAuthorization(Policies.Operator)
            .WithSummary("DEVELOPMENT ONLY: the results the NSK registry stand-in recorded, with how often each was delivered.");
        return app;
    }

    /// <summary>Records once; the answer names the key and how often it came, never the stored result (a guessed serial would read it).</summary>
    private static Results<Created<NskStandInReceipt>, Ok<NskStandInReceipt>, ProblemHttpResult> Record(NskStandIn standIn, JsonElement payload, HttpContext context)
    {
        if (context.Request.Headers[IdempotencyKeyHeader].ToString() is not { Length: > 0 } key)
        {
            return Problem.BadRequest(context, CertificateMessages.MissingIdempotencyKey, CertificateMessages.MissingIdempotencyKeyDetail);
        }

        var added = standIn.Record(key, payload);
        var receipt = new NskStandInReceipt(key, standIn.Records.First(r => r.Key == key).Deliveries);
        return added ? TypedResults.Created($"/api/v1/dev/nsk/results#{Uri.EscapeDataString(key)}", receipt) : TypedResults.Ok(receipt);
    }
}
