using System.Text.Json.Serialization;
using Platform.Grains.Documents;

namespace Platform.Grains.Certificates;

/// <summary>
/// P18.2: the result of a recognition as recorded on the NSK digital platform, sent as JSON (camelCase) with the serial
/// number as its idempotency key. The IIN is not part of it yet: grains hold it only encrypted (issue 6). A revocation is
/// sent too (issue 15): the same certificate with result "revoked", the day and the reason, under its own key
/// (<see cref="IdempotencyKey"/>), so the registry records the issue and the revocation each once.
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
    string CaseReference,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? RevokedOn = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RevocationReason = null)
{
    public const string CurrentFormat = "qrp-nsk-result-1";

    public const string Recognised = "recognised";

    public const string Revoked = "revoked";

    /// <summary>The outbox's and the registry's key: the serial for the result, the serial and "/revoked" for its revocation.</summary>
    [JsonIgnore]
    public string IdempotencyKey => Result == Revoked ? SerialNumber + "/" + Revoked : SerialNumber;

    /// <summary>The result of a passed recognition whose document was issued.</summary>
    public static NskResult Of(CertificateRecord record) => new(
        CurrentFormat, record.SerialNumber, Recognised, record.Holder, record.Profession, record.NrkLevel,
        record.CenterNumber, record.CenterName, record.IssuedOn, record.ValidUntil, record.CaseId);

    /// <summary>The revocation of an issued certificate (its record as issued, with the day and the reason).</summary>
    public static NskResult RevocationOf(CertificateRecord record, CertificateRevocation revocation) =>
        Of(record) with { Result = Revoked, RevokedOn = revocation.RevokedOn, RevocationReason = revocation.Reason };
}
