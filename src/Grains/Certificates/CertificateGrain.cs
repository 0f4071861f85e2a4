using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Calendar;
using Platform.Grains.Procedure;
using Platform.Hosting;

namespace Platform.Grains.Certificates;

/// <summary>The public registry entry of one certificate (P18, App.2): see <see cref="ICertificateGrain"/>.</summary>
public sealed class CertificateGrain(
    [PersistentState("certificate", PlatformDatabase.GrainStorage)] IPersistentState<CertificateState> state,
    INskOutbox nsk,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time) : Grain, ICertificateGrain
{
    private string Serial => this.GetPrimaryKeyString()[CertificateKeys.Prefix.Length..];

    public async Task Register(CertificateRecord record)
    {
        if (record.SerialNumber != Serial)
        {
            throw new ArgumentException($"certificate {record.SerialNumber} sent to the registry entry of {Serial}", nameof(record));
        }

        if (state.State.Record is null)
        {
            state.State.Record = record;
            await state.WriteStateAsync();
        }
        else if (state.State.Record != record)
        {
            throw new InvalidOperationException($"App.2: serial {Serial} is already taken by another certificate; a serial is never reissued");
        }

        // P18.2: enqueued again on a retried registration, harmlessly (one outbox entry per serial).
        await nsk.EnqueueAsync(NskResult.Of(record));
    }

    public Task<CertificateView?> Get() => Task.FromResult(View());

    public async Task<CertificateView?> Revoke(string reason, Actor by)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > CertificateRevocation.MaxReasonLength)
        {
            throw new ArgumentException($"a revocation states its reason in at most {CertificateRevocation.MaxReasonLength} characters", nameof(reason));
        }

        if (state.State.Record is not null && state.State.Revocation is null)
        {
            var now = time.GetUtcNow();
            state.State.Revocation = new CertificateRevocation(reason.Trim(), KazakhstanTime.DateOf(now), now, by.Subject, by.Role);
            await state.WriteStateAsync();
        }

        // P18.2 (issue 15): the registry hears of the revocation as of the issue; enqueued again on a repeated
        // revocation, harmlessly (one outbox entry per key).
        if (state.State.Record is { } record && state.State.Revocation is { } revocation)
        {
            await nsk.EnqueueAsync(NskResult.RevocationOf(record, revocation));
        }

        return View();
    }

    private CertificateView? View()
    {
        if (state.State.Record is not { } record)
        {
            return null;
        }

        var today = KazakhstanTime.DateOf(time.GetUtcNow());
        var status = state.State.Revocation is not null ? CertificateStatus.Revoked
            : today > record.ValidUntil ? CertificateStatus.Expired
            : CertificateStatus.Valid;
        return new CertificateView(record, status, state.State.Revocation);
    }
}
