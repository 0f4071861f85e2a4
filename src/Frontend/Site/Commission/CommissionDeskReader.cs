using Npgsql;
using Platform.Domain.Calendar;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Commissions;
using Platform.Grains.Procedure;
using Platform.Hosting;

namespace Platform.Frontend.Site.Commission;

/// <summary>
/// What an examination commission's desk reads (P9, P17): the commission, when the signed-in member sits on it (the
/// token's commissions and the commission grain's members, as <see cref="Cases.CommissionDesk"/> checks them); the
/// day's offline candidates of its center, listed from the case projection (never by scanning grains) and then read
/// from their grains, their names in one batch (<see cref="Center.CandidateNames"/>); one case of its center.
/// </summary>
public sealed class CommissionDeskReader(IGrainFactory grains, CommissionAccess access, NpgsqlDataSource data, IServiceProvider services, Center.CandidateNames names)
{
    /// <summary>The states a commission acts in: the exam notice sent (P6), the exam under way (P8-P16), the protocol due (P17).</summary>
    private static readonly string[] DeskStates = ["examScheduled", "inExam", "awaitingProtocol"];

    private const int MostCases = 300;

    /// <summary>The procedure's clock when one is registered under <see cref="PlatformClock.Key"/>, the system's otherwise.</summary>
    public DateOnly Today => KazakhstanTime.DateOf((services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System).GetUtcNow());

    /// <summary>The examination commission, or null (the page answers 404) when the member does not sit on it.</summary>
    public async Task<CommissionView?> CommissionAsync(PlatformUser? user, string commissionId)
    {
        if (user is null || access.Check(user, commissionId, AccessIntent.Change) != AccessDecision.Allowed || !commissionId.StartsWith("com", StringComparison.Ordinal))
        {
            return null;
        }

        var commission = await grains.GetGrain<ICommissionGrain>(commissionId).Get();
        return commission is { Kind: CommissionKind.Examination } && commission.Members.Any(m => m.Subject == user.Subject) ? commission : null;
    }

    /// <summary>
    /// The day's candidates: offline cases of the center examined today, and any whose exam is under way or whose
    /// protocol is still due, earliest exam first.
    /// </summary>
    public async Task<IReadOnlyList<DeskCase>> DayAsync(CommissionView commission, CancellationToken cancellationToken)
    {
        var today = Today;
        var views = new List<CaseView>();
        foreach (var caseId in await ListedAsync(commission.CenterNumber, cancellationToken))
        {
            if (await grains.GetGrain<IApplicationGrain>(caseId).Get() is { Exam: { Online: false } exam } view
                && (view.State != Domain.Procedure.ApplicationState.ExamScheduled || KazakhstanTime.DateOf(exam.StartsAt) == today))
            {
                views.Add(view);
            }
        }

        var named = await names.FullNamesAsync(views.Select(view => view.CandidateKey), cancellationToken);
        var listed = views.Select(view => new DeskCase(view, named[view.CandidateKey]));
        return [.. listed.OrderBy(c => c.View.Exam!.StartsAt).ThenBy(c => c.CandidateName, StringComparer.CurrentCulture)];
    }

    /// <summary>A case of the commission's center, or null (404) for another center's or no case.</summary>
    public async Task<DeskCase?> CaseAsync(CommissionView commission, string caseId)
    {
        if (!caseId.StartsWith("case-", StringComparison.Ordinal) || await grains.GetGrain<IApplicationGrain>(caseId).Get() is not { } view
            || view.CenterNumber != commission.CenterNumber)
        {
            return null;
        }

        return new DeskCase(view, await names.FullNameAsync(view.CandidateKey, CancellationToken.None));
    }

    private Task<List<string>> ListedAsync(string center, CancellationToken cancellationToken) =>
        Center.CenterCaseIds.ListAsync(data, center, DeskStates, MostCases, cancellationToken);
}
