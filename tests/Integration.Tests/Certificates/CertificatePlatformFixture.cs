using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Certificates;

/// <summary>One <see cref="Infrastructure.World"/> with the NSK stand-ins and a frontend, shared by the certificate API, NSK and page tests.</summary>
public sealed class CertificatePlatformFixture : IAsyncLifetime
{
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public async Task InitializeAsync() =>
        _world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().WithNsk().WithFrontend().StartAsync();

    /// <summary>A certificate issued now to a new passed case, as filed in the personal file (signed).</summary>
    public async Task<Certificate> IssueAsync()
    {
        var issued = await Issuing.IssueNewAsync(World.Grains, World.Clock);
        var candidate = World.Grains.GetGrain<ICandidateGrain>(CandidateKey);
        foreach (var header in (await candidate.GetPersonalFile()).Where(h => h.Kind == DocumentKind.Certificate))
        {
            if ((await candidate.GetDocument(header.DocumentId))!.Content is Certificate certificate && certificate.SerialNumber == issued.CertificateSerial)
            {
                return certificate;
            }
        }

        throw new InvalidOperationException($"certificate {issued.CertificateSerial} is not in the personal file");
    }

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
