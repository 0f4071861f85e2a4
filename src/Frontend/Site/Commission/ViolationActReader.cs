using Npgsql;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Commission;

/// <summary>
/// P14, what the desks read of violation acts: the online acts of a center drafted at a termination and waiting for
/// the commission's signatures (the cases listed from the projection in the states that follow an exam, then their
/// sittings read), the oldest violation first; and the acts already filed in a candidate's personal file for a case.
/// </summary>
public sealed class ViolationActReader(IGrainFactory grains, NpgsqlDataSource data)
{
    /// <summary>The states a terminated sitting's case passes through before the result is final (P17-P21).</summary>
    private static readonly string[] AfterExam = ["awaitingProtocol", "notPassed", "failureNotified", "appealFiled", "appealUnderReview"];

    private const int MostCases = 300;

    public async Task<IReadOnlyList<PendingAct>> PendingAsync(string center, CancellationToken cancellationToken)
    {
        var pending = new List<PendingAct>();
        foreach (var caseId in await Center.CenterCaseIds.ListAsync(data, center, AfterExam, MostCases, cancellationToken))
        {
            if (await PendingOfAsync(center, caseId) is { } act)
            {
                pending.Add(act);
            }
        }

        return [.. pending.OrderBy(a => a.Draft.ObservedAt).ThenBy(a => a.CaseId, StringComparer.Ordinal)];
    }

    /// <summary>The act waiting on an online case of the center, or null.</summary>
    public async Task<PendingAct?> PendingOfAsync(string center, string caseId)
    {
        if (!caseId.StartsWith("case-", StringComparison.Ordinal) || await grains.GetGrain<IApplicationGrain>(caseId).Get() is not { Exam.Online: true } view
            || view.CenterNumber != center)
        {
            return null;
        }

        var sittingId = SittingKeys.For(caseId, Math.Max(1, view.Attempt));
        if (await grains.GetGrain<IExamSessionGrain>(sittingId).Get() is not { ViolationAct: { } draft, ViolationActSigned: false })
        {
            return null;
        }

        var name = (await grains.GetGrain<ICandidateGrain>(view.CandidateKey).GetIdentity())?.Name.Full ?? "—";
        return new PendingAct(caseId, name, view.ProgramCode, sittingId, draft);
    }

    /// <summary>The violation acts of a case in the candidate's personal file, the earliest first.</summary>
    public async Task<IReadOnlyList<ViolationAct>> FiledAsync(CaseView view)
    {
        var candidate = grains.GetGrain<ICandidateGrain>(view.CandidateKey);
        var acts = new List<ViolationAct>();
        foreach (var header in (await candidate.GetPersonalFile()).Where(d => d.CaseReference == view.CaseId && d.Kind == DocumentKind.ViolationAct).OrderBy(d => d.IssuedAt))
        {
            if (await candidate.GetDocument(header.DocumentId) is { Content: ViolationAct act })
            {
                acts.Add(act);
            }
        }

        return acts;
    }
}
