using Platform.Grains.Certificates;
using Platform.Grains.Documents;

namespace Platform.Frontend.Certificates;

/// <summary>
/// The public answer about a certificate (issue 4, App.2): name as printed, profession, NRK level, center, issue date,
/// validity and status (<c>valid</c>, <c>expired</c>, <c>revoked</c>). Nothing personal beyond the printed name.
/// </summary>
public sealed record CertificateVerification(
    string SerialNumber,
    string Holder,
    BilingualText Profession,
    int NrkLevel,
    string CenterNumber,
    BilingualText Center,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    string Status,
    DateOnly? RevokedOn,
    string? RevocationReason)
{
    public static CertificateVerification From(CertificateView view) => new(
        view.Record.SerialNumber,
        view.Record.Holder.Full,
        view.Record.Profession,
        view.Record.NrkLevel,
        view.Record.CenterNumber,
        view.Record.CenterName,
        view.Record.IssuedOn,
        view.Record.ValidUntil,
        view.Status.ToString().ToLowerInvariant(),
        view.Revocation?.RevokedOn,
        view.Revocation?.Reason);
}
