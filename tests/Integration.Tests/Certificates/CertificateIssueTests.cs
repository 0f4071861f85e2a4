using Platform.Documents;
using Platform.Documents.Signing;
using Platform.Domain.Certificates;
using Platform.Domain.Procedure;
using Platform.Grains.Candidates;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Hosting.Certificates;
using Platform.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Certificates;

/// <summary>Step 11a (P18, App.2, P18.2): a passed case's certificate, end to end in the grains.</summary>
public sealed class CertificateIssueTests
{
    [Fact]
    public async Task ACaseDrivenToAPassGetsASignedCertificateThatAnyoneCanVerifyAndTheNskReceives()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithNsk().StartAsync();

        var issued = await Issuing.IssueNewAsync(world.Grains, world.Clock);

        Assert.Equal(ApplicationState.CertificateIssued, issued.State);
        var examDay = DateOnly.FromDateTime(issued.Exam!.StartsAt.ToOffset(TimeSpan.FromHours(5)).DateTime);
        var serial = SerialNumber.Parse(issued.CertificateSerial!);
        Assert.Equal(("69202", "24111001", 5, examDay, "0001", 1), (serial.Oked, serial.Nkz, serial.NrkLevel, serial.ProcedureDate, serial.CenterNumber, serial.Sequence));

        var view = (await world.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(serial.Format())).Get())!;
        Assert.Equal(CertificateStatus.Valid, view.Status);
        Assert.Equal((Issuing.Holder, "Бухгалтер", 5, "0001"), (view.Record.Holder.Full, view.Record.Profession.Ru, view.Record.NrkLevel, view.Record.CenterNumber));
        Assert.Equal((examDay, examDay.AddYears(5), issued.CaseId), (view.Record.IssuedOn, view.Record.ValidUntil, view.Record.CaseId));

        var certificate = await CertificateInPersonalFileAsync(world);
        Assert.Equal(serial.Format(), certificate.Content.SerialNumber);
        Assert.Equal($"http://127.0.0.1:5080/verify?serial={serial.Format()}", certificate.Content.VerificationUrl);
        Assert.Equal(("Сейтқали Нұрлан", "«Біліктілік» тану орталығы"), (certificate.Content.HeadName, certificate.Content.CenterName.Kk));

        // The silo signs with its key; the key the frontend publishes (derived from the same development file) checks it.
        var published = CertificatePublicKey.FromPem(CertificateSigningKeyFile.LoadOrCreate(PlatformHosts.TestDataDirectory));
        using var verifier = CertificateVerifier.FromPublicKeyPem(published.Pem);
        Assert.True(verifier.Verify(certificate.Content));
        Assert.True(verifier.VerifyQrPayload(CertificateQrPayload.Build(certificate.Content), certificate.Content with { Signature = "" }));
        Assert.Equal(world.SiloServices.GetRequiredService<CertificateSigningKey>().KeyId, published.KeyId);

        foreach (var language in new[] { DocumentLanguage.Kk, DocumentLanguage.Ru })
        {
            var pdf = DocumentRenderer.RenderPdf(certificate.Document, language);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        }

        await World.EventuallyAsync(() => Task.FromResult(world.Nsk.DeliveriesOf(serial.Format())), count => count == 1, "the NSK delivery");
    }

    [Fact]
    public async Task ACertificatePastItsValidityIsExpired()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithNsk().StartAsync();
        var issued = await Issuing.IssueNewAsync(world.Grains, world.Clock);
        var certificate = world.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(issued.CertificateSerial!));
        var validUntil = (await certificate.Get())!.Record.ValidUntil;

        world.Clock.SetUtcNow(new DateTimeOffset(validUntil.Year, validUntil.Month, validUntil.Day, 23, 0, 0, TimeSpan.FromHours(5)));
        Assert.Equal(CertificateStatus.Valid, (await certificate.Get())!.Status);
        world.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(CertificateStatus.Expired, (await certificate.Get())!.Status);
    }

    [Fact]
    public async Task ACertificateWhoseRegistrationFailedReachesTheRegistryAndTheNskAfterTheSiloRestarts()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithNsk().StartAsync();
        world.OutboxDown = true;

        var issued = await Issuing.IssueNewAsync(world.Grains, world.Clock);

        // The certificate is issued all the same; its result is not in the outbox yet.
        Assert.Equal(ApplicationState.CertificateIssued, issued.State);
        var serial = issued.CertificateSerial!;
        Assert.Equal(0L, await world.ScalarAsync<long>("select count(*) from nsk_outbox where idempotency_key = $1", serial));

        world.OutboxDown = false;
        await world.RestartSiloAsync();
        await world.Grains.GetGrain<IApplicationGrain>(issued.CaseId).Get(); // the case's next activation completes it

        await World.EventuallyAsync(() => Task.FromResult(world.Nsk.DeliveriesOf(serial)), count => count == 1, "the NSK delivery after the restart");
        Assert.Equal(CertificateStatus.Valid, (await world.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(serial)).Get())!.Status);
    }

    private static async Task<(IssuedDocument Document, Certificate Content)> CertificateInPersonalFileAsync(World world)
    {
        var candidate = world.Grains.GetGrain<ICandidateGrain>(CandidateKey);
        var header = Assert.Single(await candidate.GetPersonalFile(), h => h.Kind == DocumentKind.Certificate);
        var document = (await candidate.GetDocument(header.DocumentId))!;
        return (document, Assert.IsType<Certificate>(document.Content));
    }
}
