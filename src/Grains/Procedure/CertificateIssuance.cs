using Platform.Domain.Calendar;
using Platform.Domain.Certificates;
using Platform.Domain.Procedure;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;

namespace Platform.Grains.Procedure;

/// <summary>
/// Step 11a (P18, App.2): the recognition document of a case — its serial number from the center's sequence, its seal
/// (verification URL and ECDSA signature) — entered in the case, then in the public registry and so in the result for
/// the NSK platform (P18.2). The seal is resolved only when a certificate is sealed.
/// </summary>
internal sealed class CertificateIssuance(ICertificateRegistrar registrar, Func<ICertificateSeal> seal)
{
    /// <summary>
    /// Numbers and seals the certificate of the case, changing nothing in it. The number is taken for good: a failure
    /// after this leaves a gap in the center's sequence, never a repeat.
    /// </summary>
    public async Task<Certificate> SealAsync(CaseState @case, string caseId, CaseContext context, DateOnly today)
    {
        var sequence = await registrar.AllocateSequence(@case.CenterNumber, caseId);
        var procedureDay = @case.Exam is { } exam ? KazakhstanTime.DateOf(exam.StartsAt) : today;
        var program = context.Program;
        var serial = SerialNumber.Create(program.Oked, program.Nkz, program.NrkLevel, procedureDay, @case.CenterNumber, checked((int)sequence));
        return seal().Affix(CertificateIssue.Compose(serial, context, today));
    }

    /// <summary>The certificate issued in the case, and waiting for the public registry.</summary>
    public static void Enter(CaseState @case, string caseId, Certificate certificate)
    {
        @case.Status = ApplicationState.CertificateIssued;
        @case.CertificateSerial = certificate.SerialNumber;
        @case.CertificateToRegister = CertificateIssue.RecordOf(certificate, @case.CenterNumber, caseId);
    }

    /// <summary>
    /// Registers the certificate the case issued and has not registered yet, then clears it; false when there is none.
    /// Idempotent, so it is done again after any crash.
    /// </summary>
    public async Task<bool> RegisterAsync(CaseState @case)
    {
        if (@case.CertificateToRegister is not { } record)
        {
            return false;
        }

        await registrar.Register(record);
        @case.CertificateToRegister = null;
        return true;
    }
}
