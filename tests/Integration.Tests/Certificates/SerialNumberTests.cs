using Platform.Domain.Certificates;
using Platform.Grains.Centers;
using Platform.Grains.Certificates;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Certificates;

/// <summary>App.2, level 6: a center's sequence is unique, never goes back and is never reissued — concurrently and across silos.</summary>
public sealed class SerialNumberTests
{
    [Fact]
    public async Task TwentyCertificatesIssuedAtOnceAtOneCenterGetTwentyDistinctIncreasingNumbers()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithNsk().StartAsync();
        var cases = Enumerable.Range(0, 20).Select(_ => world.Grains.GetGrain<IApplicationGrain>(NewCaseId())).ToList();
        world.Clock.SetUtcNow(await Issuing.ScheduleAsync(world.Clock, cases));
        await Task.WhenAll(cases.Select(Issuing.PassAsync));

        var issued = await Task.WhenAll(cases.Select(application => application.IssueCertificate(By(Head))));

        var sequences = issued.Select(result => SerialNumber.Parse(Issuing.Accepted(result).CertificateSerial!).Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, 20), sequences.Order());
        foreach (var result in issued)
        {
            Assert.NotNull(await world.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(result.Case.CertificateSerial!)).Get());
        }
    }

    [Fact]
    public async Task NumbersAllocatedBeforeASiloStopsAreNeverRepeatedByTheNextSilo()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithNsk().StartAsync();
        var before = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            before.Add(SerialNumber.Parse((await Issuing.IssueNewAsync(world.Grains, world.Clock)).CertificateSerial!).Sequence);
        }

        // A number allocated for a case whose issue then failed is spent: it leaves a gap, never a repeat.
        var spent = await world.Grains.GetGrain<ICenterGrain>(CenterKeys.For("0001")).AllocateDocumentSequence(NewCaseId());
        await world.RestartSiloAsync();
        var after = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            after.Add(SerialNumber.Parse((await Issuing.IssueNewAsync(world.Grains, world.Clock)).CertificateSerial!).Sequence);
        }

        Assert.Equal([1, 2, 3], before);
        Assert.Equal(4, spent);
        Assert.Equal([5, 6], after);
    }
}
