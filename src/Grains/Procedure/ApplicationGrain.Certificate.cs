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
/// Step 11a (P18, App.2): the head issues the recognition document, numbered, sealed and registered by
/// <see cref="CertificateIssuance"/>; a registration that fails is retried while the case stays active.
/// </summary>
public sealed partial class ApplicationGrain
{
    private static readonly TimeSpan CertificateRetryPeriod = TimeSpan.FromSeconds(30);

    private IGrainTimer? _certificateRetry;

    private CertificateIssuance? _certificates;

    private CertificateIssuance Certificates => _certificates ??= new(
        new GrainCertificateRegistrar(GrainFactory), () => ServiceProvider.GetRequiredService<ICertificateSeal>());

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
        var certificate = await Certificates.SealAsync(Case, CaseId, context, step.Today);

        var before = Snapshot();
        CertificateIssuance.Enter(Case, CaseId, certificate);
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
        if (await Certificates.RegisterAsync(Case))
        {
            await state.WriteStateAsync();
            _certificateRetry?.Dispose();
            _certificateRetry = null;
        }
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
