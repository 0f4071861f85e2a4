using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;
using Platform.Frontend.Security.Uploads;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>
/// Issue 11: an application or resubmission lists only uploads the platform issued and its author owns — the candidate
/// their own, a center's staff their center's scans. Each listed <c>storedAs</c> is checked before the grain is called
/// (400 for a name the platform never gives, 404 for an upload that is not the caller's, 409 for one already attached to
/// another case) and attached to the case in the ledger; if the case does not take the action, it is detached again.
/// An upload serves one case: the same case may list it again (resubmission, retake), another case needs a new upload,
/// so a file never becomes readable by a second center through the owner's other application.
/// </summary>
public sealed class AttachmentGate(UploadLedger ledger)
{
    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> AttachAsync(
        UploadOwner owner, string caseId, IReadOnlyList<AttachedDocument>? attachments, HttpContext context,
        Func<Task<Results<Ok<CaseView>, ProblemHttpResult>>> act)
    {
        // A document handed in on paper without a scan has no storedAs: nothing to check.
        var listed = (attachments ?? []).Select((document, index) => (StoredAs: document?.StoredAs, Member: $"attachments[{index}].storedAs"))
            .Where(item => item.StoredAs is not null).ToList();
        if (listed.FirstOrDefault(item => !UploadNames.IsWellFormed(item.StoredAs)) is { StoredAs: not null } malformed)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, malformed.Member, CaseMessages.AttachmentNotIssued);
        }

        var ids = listed.Select(item => item.StoredAs!).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return await act();
        }

        var records = await ledger.FindAsync(ids, context.RequestAborted);
        if (Refusal(context, listed, records, owner, caseId) is { } refused)
        {
            return refused;
        }

        var fresh = await ledger.AttachAsync(owner, caseId, ids, context.RequestAborted);
        var taken = false;
        try
        {
            // Another request may have attached one of them to its own case between the check and the update.
            if (Refusal(context, listed, await ledger.FindAsync(ids, context.RequestAborted), owner, caseId) is { } raced)
            {
                return raced;
            }

            var result = await act();
            taken = result.Result is Ok<CaseView>;
            return result;
        }
        finally
        {
            if (!taken && fresh.Count > 0)
            {
                await ledger.DetachAsync(caseId, fresh);
            }
        }
    }

    private static ProblemHttpResult? Refusal(
        HttpContext context, List<(string? StoredAs, string Member)> listed, IReadOnlyDictionary<string, UploadRecord> records, UploadOwner owner, string caseId)
    {
        foreach (var (storedAs, member) in listed)
        {
            if (!records.TryGetValue(storedAs!, out var record) || record.Owner != owner)
            {
                // Another person's upload answers as if it did not exist.
                return Refuse(context, StatusCodes.Status404NotFound, member, CaseMessages.AttachmentNotYours);
            }

            if (record.CaseId is { } attachedTo && attachedTo != caseId)
            {
                return Refuse(context, StatusCodes.Status409Conflict, member, CaseMessages.AttachmentElsewhere);
            }
        }

        return null;
    }

    private static ProblemHttpResult Refuse(HttpContext context, int status, string member, Func<string, Text> detail)
    {
        var problem = Problem.Create(context, status, CaseMessages.AttachmentRefused, detail(member));
        problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [member] = [detail(member).In(Problem.Language(context))] };
        return problem;
    }
}
