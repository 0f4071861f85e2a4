using Npgsql;
using Platform.Frontend.Certificates;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Site.Commission;
using Platform.Grains.Candidates;
using Platform.Grains.Certificates;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Signing;

/// <summary>
/// The head revokes a certificate of the center from the signing desk: the certificates are listed from the case
/// projection (by candidate and case, never typed), the case chosen names its serial, and the revocation goes through
/// <see cref="CertificateRevoker"/> with the checks of <c>POST /api/v1/certificates/{serial}/revocation</c>.
/// </summary>
public sealed class RevocationDesk(IClusterClient cluster, NpgsqlDataSource data, CenterAccess access)
{
    private const int MostCertificates = 300;

    /// <summary>The center's certificates that stand (valid or expired, not revoked), the latest issued first.</summary>
    public async Task<IReadOnlyList<IssuedCertificate>> IssuedAsync(string center, CancellationToken cancellationToken)
    {
        await using var command = data.CreateCommand("""
            select case_id, candidate_key, program_code, certificate_serial from case_projection
            where center_number = @center and certificate_serial is not null
            order by updated_at desc, case_id
            limit @limit
            """);
        command.Parameters.AddWithValue("center", center);
        command.Parameters.AddWithValue("limit", MostCertificates);
        var rows = new List<(string CaseId, string Candidate, string Program, string Serial)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var issued = new List<IssuedCertificate>();
        foreach (var row in rows)
        {
            if (await cluster.GetGrain<ICertificateGrain>(CertificateKeys.For(row.Serial)).Get() is { Status: not CertificateStatus.Revoked })
            {
                var name = (await cluster.GetGrain<ICandidateGrain>(row.Candidate).GetIdentity())?.Name.Full ?? "—";
                issued.Add(new IssuedCertificate(row.CaseId, name, row.Program, row.Serial));
            }
        }

        return issued;
    }

    /// <summary>Revokes the certificate of a case of the head's center; another center's or no case is not found (404).</summary>
    public async Task<DeskOutcome> RevokeAsync(HttpContext context, string center, string caseId, string reason, PlatformUser user)
    {
        if (!caseId.StartsWith("case-", StringComparison.Ordinal) || await cluster.GetGrain<IApplicationGrain>(caseId).Get() is not { CertificateSerial: { } serial } view
            || view.CenterNumber != center)
        {
            return DeskOutcome.Answer(context, new DeskOutcome(StatusCodes.Status404NotFound, null, null));
        }

        context.NoteAudit(serial, ("action", "certificate.revoke"), ("case", caseId));
        return DeskOutcome.From(context, await CertificateRevoker.RevokeAsync(serial, new RevocationRequest(reason.Trim()), user,
            access.Check(user, CertificateRevoker.CenterOf(serial), AccessIntent.Change), Roles.HeadOfCenter, cluster, context));
    }
}
