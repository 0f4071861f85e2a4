using Platform.Grains.Certificates;

namespace Platform.Grains.Procedure;

/// <summary>What issuing a certificate needs of other grains: the center's next number, and the public registry.</summary>
internal interface ICertificateRegistrar
{
    /// <summary>App.2: the center's next document sequence number, written by the center before it answers.</summary>
    Task<long> AllocateSequence(string centerNumber, string caseId);

    /// <summary>P18, P18.2: enters the certificate in the public registry and so in the NSK outbox.</summary>
    Task Register(CertificateRecord record);
}
