using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Certificates;

/// <summary>One <see cref="CertificateWorld"/> with a frontend, shared by the certificate API, NSK and page tests.</summary>
public sealed class CertificatePlatformFixture : IAsyncLifetime
{
    public CertificateWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        World = await CertificateWorld.StartAsync(Almaty(2026, 3, 2));
        await World.StartFrontendAsync();
    }

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

    public async Task DisposeAsync() => await World.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class CertificatePlatformCollection : ICollectionFixture<CertificatePlatformFixture>
{
    public const string Name = "certificates";
}
