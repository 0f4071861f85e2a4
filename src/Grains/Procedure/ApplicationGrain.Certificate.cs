using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Domain.Calendar;
using Platform.Domain.Certificates;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Certificates;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>
/// Step 11a (P18, App.2): the recognition document — its serial number, its seal (verification URL and ECDSA signature),
/// the personal file — then its public registry entry and the result for the NSK platform (P18.2).
/// </summary>
public sealed partial class ApplicationGrain
{
    private static readonly TimeSpan CertificateRetryPeriod = TimeSpan.FromSeconds(30);

    private IGrainTimer? _certificateRetry;

    public async Task<CaseResult> IssueCertificate(CaseCommand command)
    {
        if (Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        await CatchUpAsync(time.GetUtcNow());
        if (ApplicationProcedure.Apply(Case.Status, ApplicationAction.IssueCertificate) is { Refusal: { } refusal })
        {
            return Refused(refusal);
        }

        if (command.By.Role != Roles.HeadOfCenter)
        {
            return Refused(Refusal.Of(Rule.App2, "CertificateSignedByHead"));
        }

        if (await LoadContextAsync() is not { } context)
        {
            return Refused(NotRegistered);
        }

        var step = new Step(await calendars.GetAsync(), time.GetUtcNow());
        // Written by the center before it answers: a failure past this point leaves a gap in the sequence, never a repeat.
        var sequence = await Center.AllocateDocumentSequence(CaseId);
        var procedureDay = Case.Exam is { } exam ? KazakhstanTime.DateOf(exam.StartsAt) : step.Today;
        var program = context.Program;
        var serial = SerialNumber.Create(program.Oked, program.Nkz, program.NrkLevel, procedureDay, Case.CenterNumber, checked((int)sequence));
        var certificate = ServiceProvider.GetRequiredService<ICertificateSeal>().Affix(CertificateIssue.Compose(serial, context, step.Today));

        var before = Snapshot();
        Case.Status = ApplicationState.CertificateIssued;
        Case.CertificateSerial = serial.Format();
        Case.CertificateToRegister = CertificateIssue.RecordOf(certificate, Case.CenterNumber, CaseId);
        Deadlines.Meet(DocumentIssue, step);
        Deadlines.Meet(AppealUpheldDocumentIssue, step);
        Produce(command.CommandId, certificate, step.Now);
        Record(command.CommandId, command.By, nameof(ApplicationAction.IssueCertificate), Rule.P18.And(Rule.App2), step.Now);
        var result = await CommitAsync(before);
        await TryCompleteCertificateAsync();
        return result;
    }

    /// <summary>
    /// Registers the issued certificate publicly (and so enqueues its result for the NSK platform) when the state says
    /// it is not registered yet, then clears the flag. Idempotent, so it is called again after any crash: from
    /// <c>OnActivateAsync</c> and after every <c>CommitAsync</c>, like the filing of pending documents.
    /// </summary>
    private async Task CompleteCertificateAsync()
    {
        if (Case.CertificateToRegister is not { } record)
        {
            return;
        }

        await GrainFactory.GetGrain<ICertificateGrain>(CertificateKeys.For(record.SerialNumber)).Register(record);
        Case.CertificateToRegister = null;
        await state.WriteStateAsync();
        _certificateRetry?.Dispose();
        _certificateRetry = null;
    }

    /// <summary>The certificate is issued whatever happens here; a registration that fails is retried while the case stays active.</summary>
    private async Task TryCompleteCertificateAsync()
    {
        try
        {
            await CompleteCertificateAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ServiceProvider.GetRequiredService<ILogger<ApplicationGrain>>().LogWarning(
                ex, "Certificate {Serial} of case {CaseId} is issued but not registered yet; retrying every {Period}",
                Case.CertificateSerial, CaseId, CertificateRetryPeriod);
            _certificateRetry ??= this.RegisterGrainTimer(
                _ => CompleteCertificateAsync(),
                new GrainTimerCreationOptions(CertificateRetryPeriod, CertificateRetryPeriod) { KeepAlive = true });
        }
    }
}
