using Npgsql;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Signing;

/// <summary>
/// What the head of a center's signing desk reads: what waits for the signature, from the case projection the API's
/// lists read (never by scanning grains), oldest first; then the listed cases' names in one batch
/// (<see cref="Center.CandidateNames"/>) and their documents from their grains.
/// </summary>
public sealed class SigningDeskReader(IGrainFactory grains, NpgsqlDataSource data, Center.CandidateNames names)
{
    private const int MostItems = 200;

    /// <summary>The head of this very center (any other person: the page answers 404).</summary>
    public static bool IsHeadOf(PlatformUser? user, string center) =>
        user is not null && user.Has(Roles.HeadOfCenter) && string.Equals(user.Center, center, StringComparison.Ordinal);

    public async Task<IReadOnlyList<AwaitingSignature>> AwaitingAsync(string center, CancellationToken cancellationToken)
    {
        // P5: a refusal once the window to fix the remarks closed (the draft is made then); P18/P23: the document due.
        await using var command = data.CreateCommand("""
            select p.case_id, p.candidate_key, p.program_code, d->>'kind', (d->>'startDay')::date, (d->>'dueAt')::timestamptz
            from case_projection p, jsonb_array_elements(p.deadlines) d
            where p.center_number = @center and d->>'metAt' is null and (
                (p.state = 'remarksSent' and d->>'kind' = 'motivatedRefusal'
                    and p.deadlines @> '[{"kind": "remarksFixWindow", "status": "closed"}]')
                or (p.state = 'passed' and d->>'kind' = 'documentIssue')
                or (p.state = 'appealUpheld' and d->>'kind' = 'appealUpheldDocumentIssue'))
            order by (d->>'startDay')::date, (d->>'dueAt')::timestamptz, p.case_id
            limit @limit
            """);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("limit", MostItems);
        var rows = new List<(string CaseId, string Candidate, string Program, SignatureKind Kind, DateOnly Since, DateTimeOffset Due)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(3) == "motivatedRefusal" ? SignatureKind.MotivatedRefusal : SignatureKind.Certificate;
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), kind,
                    reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateTimeOffset>(5)));
            }
        }

        var named = await names.FullNamesAsync(rows.Select(row => row.Candidate), cancellationToken);
        var items = new List<AwaitingSignature>();
        foreach (var row in rows)
        {
            var candidate = grains.GetGrain<ICandidateGrain>(row.Candidate);
            var name = named[row.Candidate];
            var basis = row.Kind == SignatureKind.MotivatedRefusal ? DocumentKind.RemarksNotice : DocumentKind.CommissionProtocol;
            var document = (await candidate.GetPersonalFile()).Where(d => d.CaseReference == row.CaseId && d.Kind == basis).MaxBy(d => d.IssuedAt);
            var @case = row.Kind == SignatureKind.Certificate ? await grains.GetGrain<IApplicationGrain>(row.CaseId).Get() : null;
            items.Add(new AwaitingSignature(row.Kind, row.CaseId, name, row.Program, row.Since, row.Due, document, @case));
        }

        return items;
    }

    /// <summary>
    /// Cases of the center whose appeal waits for its commission (P21, P21-1), with who decided them: the examination
    /// commission that signed the protocol and its members (the people an appeal commission may not include).
    /// </summary>
    public async Task<IReadOnlyList<AppealToStaff>> AppealsAsync(string center, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""
            select case_id, candidate_key from case_projection
            where center_number = @center and state = 'appealFiled'
            order by updated_at, case_id
            limit @limit
            """);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("limit", MostItems);
        var rows = new List<(string CaseId, string Candidate)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var named = await names.FullNamesAsync(rows.Select(row => row.Candidate), cancellationToken);
        var appeals = new List<AppealToStaff>();
        foreach (var (caseId, candidate) in rows)
        {
            appeals.Add(new AppealToStaff(caseId, named[candidate], await grains.GetGrain<IApplicationGrain>(caseId).Examiners()));
        }

        return appeals;
    }
}
