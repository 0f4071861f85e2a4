namespace Platform.Grains.Documents;

/// <summary>
/// P18.1, App.2: the document on recognition of a professional qualification, bilingual kk/ru. Its QR code carries
/// <see cref="VerificationUrl"/> and the ECDSA <see cref="Signature"/> of its public fields (base64url), so that it can
/// be checked offline against the center's published key.
/// </summary>
/// <param name="CenterName">The recognition center, in kk and ru.</param>
/// <param name="SerialNumber">The serial number assigned by the NSK digital platform, hyphenated (App.2 note).</param>
/// <param name="Holder">The holder's full name, patronymic if any.</param>
/// <param name="Profession">The profession, in kk and ru.</param>
/// <param name="NrkLevel">The NRK level recognised (1-8).</param>
/// <param name="IssuedOn">Date of issue.</param>
/// <param name="ValidUntil">End of validity.</param>
/// <param name="HeadName">The head of the recognition center who signs it.</param>
/// <param name="VerificationUrl">The public verification address of this certificate (without the signature).</param>
/// <param name="Signature">The base64url ECDSA P-256 signature of the canonical public fields; empty before signing.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.Certificate")]
public sealed record Certificate(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] string SerialNumber,
    [property: Id(2)] PersonName Holder,
    [property: Id(3)] BilingualText Profession,
    [property: Id(4)] int NrkLevel,
    [property: Id(5)] DateOnly IssuedOn,
    [property: Id(6)] DateOnly ValidUntil,
    [property: Id(7)] string HeadName,
    [property: Id(8)] string VerificationUrl,
    [property: Id(9)] string Signature) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.Certificate;
}
