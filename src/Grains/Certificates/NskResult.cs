using Platform.Grains.Documents;

namespace Platform.Grains.Certificates;

/// <summary>
/// P18.2: the result of a recognition as recorded on the NSK digital platform, sent as JSON (camelCase) with the serial
/// number as its idempotency key. The IIN is not part of it yet: grains hold it only encrypted (issue 6).
/// </summary>
public sealed record NskResult(
    string Format,
    string SerialNumber,
    string Result,
    PersonName Holder,
    BilingualText Profession,
    int NrkLevel,
    string CenterNumber,
    BilingualText CenterName,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    string CaseReference)
{
    public const string CurrentFormat = "qrp-nsk-result-1";

    /// <summary>The result of a passed recognition whose document was issued.</summary>
    public static NskResult Of(CertificateRecord record) => new(
        CurrentFormat, record.SerialNumber, "recognised", record.Holder, record.Profession, record.NrkLevel,
        record.CenterNumber, record.CenterName, record.IssuedOn, record.ValidUntil, record.CaseId);
}
