using Platform.Documents.Signing;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;

namespace Platform.Silo.Secrets;

/// <summary>
/// The silo's seal on certificates (App.2): the verification URL under <c>Platform:PublicBaseUrl</c> and the ECDSA P-256
/// signature of the public fields (<see cref="CertificateSigner"/>), which the QR code carries.
/// </summary>
public sealed class CertificateSeal(CertificateSigner signer, string publicBaseUrl) : ICertificateSeal
{
    public Certificate Affix(Certificate certificate) => signer.SignAndAttach(
        certificate with { VerificationUrl = CertificateVerificationAddress.For(publicBaseUrl, certificate.SerialNumber) });
}
