using Platform.Grains.Documents;

namespace Platform.Grains.Certificates;

/// <summary>
/// The public record of an issued recognition document (P18, App.2): what anyone verifying it by its serial number or
/// QR code may read — never the IIN or contacts. Written once per serial; a serial is never reissued (SPEC §4).
/// </summary>
/// <param name="SerialNumber">The App.2 serial, hyphenated.</param>
/// <param name="Holder">The holder's name as printed on the certificate.</param>
/// <param name="Profession">The profession in kk and ru.</param>
/// <param name="NrkLevel">The NRK level recognised (1-8).</param>
/// <param name="CenterNumber">The center's accreditation number (4 digits).</param>
/// <param name="CenterName">The center's name in kk and ru.</param>
/// <param name="IssuedOn">Date of issue (Asia/Almaty).</param>
/// <param name="ValidUntil">The last day of validity.</param>
/// <param name="CaseId">The recognition case that issued it.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Certificates.CertificateRecord")]
public sealed record CertificateRecord(
    [property: Id(0)] string SerialNumber,
    [property: Id(1)] PersonName Holder,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] int NrkLevel,
    [property: Id(4)] string CenterNumber,
    [property: Id(5)] BilingualText CenterName,
    [property: Id(6)] DateOnly IssuedOn,
    [property: Id(7)] DateOnly ValidUntil,
    [property: Id(8)] string CaseId);
