using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Platform.Domain.Identity;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Limits;
using Platform.Frontend.Security.Personal;
using Platform.Frontend.Security.Proctoring;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Test-only endpoints that use the security mechanisms the way the procedure's endpoints will (cases of a center,
/// a candidate's personal file, a commission, proctoring ingest, a registration with an IIN). They are mapped into the
/// security tests' frontend only, and they are part of its endpoint inventory and role matrix like any other.
/// </summary>
public static class SecurityProbes
{
    public const string ProctoringTokenHeader = "X-Proctoring-Token";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1/test").WithTags("Test probes");
        api.MapGet("/centers/{center}/cases/{caseId}", ReadCase).RequireAuthorization(Policies.CaseReader);
        api.MapPut("/centers/{center}/cases/{caseId}", ChangeCase).RequireAuthorization(Policies.CenterStaff).Audited("test.case.change");
        // Deliberately as loose as reading and with no resource check: only OperatorChangesNothing refuses the operator.
        api.MapPost("/centers/{center}/cases/{caseId}/notes", (string center, string caseId) => TypedResults.Ok($"{center}/{caseId}"))
            .RequireAuthorization(Policies.CaseReader);
        api.MapGet("/candidates/{candidateKey}/file", ReadPersonalFile).RequireAuthorization(Policies.SignedIn);
        api.MapGet("/commissions/{commissionId}", ReadCommission).RequireAuthorization(Policies.CommissionMember);
        api.MapPost("/candidates", RegisterCandidate).RequireAuthorization(Policies.CenterStaff);
        api.MapPost("/sittings/{sittingId}/events", Ingest).RequireAuthorization(Policies.ProctoringService).RequireRateLimiting(RateLimits.Ingest);
        api.MapPost("/echo", (ProbeEchoRequest request) => TypedResults.Ok(request)).RequireAuthorization(Policies.SignedIn);
    }

    private static Results<Ok<string>, ProblemHttpResult> ReadCase(string center, string caseId, PlatformUser user, CenterAccess access, HttpContext context) =>
        Decide(context, access.Check(user, center, AccessIntent.Read), $"{center}/{caseId}");

    private static Results<Ok<string>, ProblemHttpResult> ChangeCase(string center, string caseId, PlatformUser user, CenterAccess access, HttpContext context) =>
        Decide(context, access.Check(user, center, AccessIntent.Change), $"{center}/{caseId}");

    private static async Task<Results<Ok<string>, ProblemHttpResult>> ReadPersonalFile(
        string candidateKey, PlatformUser user, CandidateAccess access, IAuditLog audit, HttpContext context)
    {
        var decision = access.Check(user, candidateKey, AccessIntent.Read);
        if (decision == AccessDecision.Allowed)
        {
            await audit.RecordPersonalFileReadAsync(context, candidateKey);
        }

        return Decide(context, decision, candidateKey);
    }

    private static Results<Ok<string>, ProblemHttpResult> ReadCommission(string commissionId, PlatformUser user, CommissionAccess access, HttpContext context) =>
        Decide(context, access.Check(user, commissionId, AccessIntent.Read), commissionId);

    private static Results<Ok<string[]>, BadRequest> RegisterCandidate(ProbeCandidateRequest request, IinProtector iins, ILoggerFactory logs)
    {
        if (!Iin.TryParse(request.Iin, out var iin, out _))
        {
            return TypedResults.BadRequest();
        }

        var key = CandidateKeys.FromIin(iins, iin);
        var stored = iins.Protect(iin);
        logs.CreateLogger("Probes.Registration").LogInformation("Registered candidate {CandidateKey} ({Stored})", key, stored);
        return TypedResults.Ok(new[] { key, stored, iins.Unprotect(stored).Value == iin.Value ? "round-trip" : "broken" });
    }

    private static async Task<Results<Ok<string>, ProblemHttpResult>> Ingest(string sittingId, ProctoringTokens tokens, HttpContext context)
    {
        var check = await tokens.OpenStreamAsync(context.Request.Headers[ProctoringTokenHeader], sittingId, context.RequestAborted);
        return check.Accepted
            ? TypedResults.Ok(check.Grant!.SittingId)
            : TypedResults.Problem(check.Outcome.ToString(), statusCode: StatusCodes.Status403Forbidden);
    }

    private static Results<Ok<string>, ProblemHttpResult> Decide(HttpContext context, AccessDecision decision, string what) =>
        decision == AccessDecision.Allowed ? TypedResults.Ok(what) : AccessProblems.For(context, decision);
}
