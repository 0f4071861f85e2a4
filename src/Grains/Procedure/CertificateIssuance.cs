using Microsoft.Extensions.Logging;
using Platform.Domain.Calendar;
using Platform.Domain.Certificates;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>
/// Step 11a (P18, App.2): the recognition document of a case. Issued only after a positive decision (a signed protocol
/// that records a pass, or an upheld appeal) and signed by the head of the center; its serial number from the center's
/// sequence, its seal (verification URL and ECDSA signature); entered in the case, then in the public registry and so in
/// the result for the NSK platform (P18.2), a registration that fails retried while the case stays active. The seal is
/// resolved only when a certificate is sealed.
/// </summary>
/// <param name="retry">Starts running the work every <see cref="RetryPeriod"/> while the case stays active; disposed to stop.</param>
internal sealed class CertificateIssuance(ICertificateRegistrar registrar, Func<ICertificateSeal> seal, ILogger logger, Func<Func<Task>, IDisposable> retry)
{
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(30);

    /// <summary>The rules the issue is recorded under in the case's history.</summary>
    public static readonly Rule Recorded = Rule.P18.And(Rule.App2);

    private IDisposable? _retrying;

    /// <summary>
    /// P18: a certificate follows a positive decision only (the transition table says which); App.2: the head of the
    /// center signs it. The refusal, or null when it may be issued.
    /// </summary>
    public static Refusal? Check(ApplicationState status, Actor by) =>
        ApplicationProcedure.Apply(status, ApplicationAction.IssueCertificate) is { Refusal: { } refusal } ? refusal
        : by.Role != Roles.HeadOfCenter ? Refusal.Of(Rule.App2, "CertificateSignedByHead")
        : null;

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

    /// <summary>The sealed certificate issued in the case: entered, and the obligation to issue it met (late stays a breach).</summary>
    public static void Issue(CaseState @case, string caseId, Certificate certificate, Step step)
    {
        Enter(@case, caseId, certificate);
        var deadlines = new CaseDeadlines(@case);
        deadlines.Meet(DocumentIssue, step);
        deadlines.Meet(AppealUpheldDocumentIssue, step);
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

    /// <summary>
    /// Registers the issued certificate publicly when the state says it is not registered yet, writes the state and
    /// stops retrying. Idempotent, so the grain calls it again after any crash (on activation), like its filing.
    /// </summary>
    public async Task CompleteAsync(IPersistentState<CaseState> state)
    {
        if (await RegisterAsync(state.State))
        {
            await state.WriteStateAsync();
            _retrying?.Dispose();
            _retrying = null;
        }
    }

    /// <summary>The certificate is issued whatever happens here; a registration that fails is retried while the case stays active.</summary>
    public async Task TryCompleteAsync(IPersistentState<CaseState> state, string caseId)
    {
        try
        {
            await CompleteAsync(state);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(
                ex, "Certificate {Serial} of case {CaseId} is issued but not registered yet; retrying every {Period}",
                state.State.CertificateSerial, caseId, RetryPeriod);
            _retrying ??= retry(() => CompleteAsync(state));
        }
    }
}
