using Platform.Grains.Centers;
using Platform.Grains.Certificates;

namespace Platform.Grains.Procedure;

/// <summary>The center grain's sequence and the certificate grain's registry.</summary>
internal sealed class GrainCertificateRegistrar(IGrainFactory grains) : ICertificateRegistrar
{
    public Task<long> AllocateSequence(string centerNumber, string caseId) =>
        grains.GetGrain<ICenterGrain>(CenterKeys.For(centerNumber)).AllocateDocumentSequence(caseId);

    public Task Register(CertificateRecord record) =>
        grains.GetGrain<ICertificateGrain>(CertificateKeys.For(record.SerialNumber)).Register(record);
}
