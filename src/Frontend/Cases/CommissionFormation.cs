using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Commissions;

namespace Platform.Frontend.Cases;

/// <summary>
/// P9, P21-1: the head of a center forms a commission of the center under an id of the center's choosing; the
/// commission grain checks the composition (one chair, at least three members, each once) and, for an appeal
/// commission, the separation by people from the case's examination commission. One door for the HTTP API
/// (<see cref="CommissionsApi"/>) and the head's signing desk.
/// </summary>
public sealed class CommissionFormation(CenterAccess access, IGrainFactory grains)
{
    public async Task<Results<Ok<CommissionView>, ProblemHttpResult>> FormAsync(
        string center, string commissionId, CommissionRequest body, PlatformUser user, HttpContext context)
    {
        if (access.Check(user, center, AccessIntent.Change) is var decision and not AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        if (!IsValidId(commissionId))
        {
            return CaseResponses.Invalid(context, CaseMessages.InvalidCommissionId);
        }

        var grain = grains.GetGrain<ICommissionGrain>(commissionId);
        if (await grain.Form(new FormCommission(body.Kind!.Value, center, [.. body.Members.Select(member => member.ToMember())], body.ExaminationCommissionId, body.CaseId)) is { } refusal)
        {
            return RefusalResponses.BadRequest(context, refusal);
        }

        return TypedResults.Ok((await grain.Get())!);
    }

    /// <summary>3-64 letters, digits and hyphens, not all digits.</summary>
    public static bool IsValidId(string commissionId) =>
        commissionId.Length is >= 3 and <= 64 && !commissionId.All(char.IsAsciiDigit) && commissionId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
