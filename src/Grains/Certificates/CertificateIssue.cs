using Platform.Domain.Certificates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Grains.Certificates;

/// <summary>
/// Composes the recognition document of App.2 and its public record from a case's context at the moment it is issued.
/// Pure: every input is passed in.
/// </summary>
internal static class CertificateIssue
{
    /// <summary>The certificate before its seal: issued today (Asia/Almaty), valid for the program's years (App.2).</summary>
    public static Certificate Compose(SerialNumber serial, CaseContext context, DateOnly today) => new(
        context.CenterName,
        serial.Format(),
        context.Candidate.Name,
        context.Profession,
        context.Program.NrkLevel,
        today,
        today.AddYears(context.Program.ValidityYears),
        context.Center.HeadName,
        VerificationUrl: "",
        Signature: "");

    /// <summary>What public verification may show of the certificate.</summary>
    public static CertificateRecord RecordOf(Certificate certificate, string centerNumber, string caseId) => new(
        certificate.SerialNumber,
        certificate.Holder,
        certificate.Profession,
        certificate.NrkLevel,
        centerNumber,
        certificate.CenterName,
        certificate.IssuedOn,
        certificate.ValidUntil,
        caseId);
}
