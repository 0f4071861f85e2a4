using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Platform.Frontend.Security.Uploads;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Security;

/// <summary>Issue 6: uploads are checked by their bytes and size and stored outside the web root under a generated name.</summary>
public sealed class UploadStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "qrp-tests", "uploads-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task APdfIsStoredUnderTheDataFolderWithAGeneratedName()
    {
        var result = await Store(100).SaveAsync(new MemoryStream([.. "%PDF-1.7\n"u8, .. new byte[50]]), "application/pdf");

        var stored = Assert.IsType<StoredUpload>(result.Stored);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", stored.Id);
        Assert.Equal(59, stored.Length);
        var file = Store(100).Find(stored.Id)!;
        Assert.StartsWith(Path.Combine(_data, "uploads"), file.FullName);
        Assert.DoesNotContain("wwwroot", file.FullName);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    public async Task JpegAndPngAreKnownByTheirFirstBytes(byte[] content, string contentType)
    {
        var result = await Store(100).SaveAsync(new MemoryStream(content), null);

        Assert.Equal(contentType, result.Stored?.ContentType);
    }

    [Fact]
    public async Task AProgramCalledPdfIsRefused()
    {
        var result = await Store(100).SaveAsync(new MemoryStream([.. "MZ"u8, .. new byte[40]]), "application/pdf");

        Assert.Equal(UploadRejection.UnsupportedContent, result.Rejection);
    }

    [Fact]
    public async Task APngDeclaredAsPdfIsRefused()
    {
        var result = await Store(100).SaveAsync(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "application/pdf");

        Assert.Equal(UploadRejection.ContentTypeMismatch, result.Rejection);
    }

    [Fact]
    public async Task AFileOverTheLimitIsRefusedAndNothingOfItStays()
    {
        var result = await Store(100).SaveAsync(new MemoryStream([.. "%PDF-"u8, .. new byte[96]]), "application/pdf");

        Assert.Equal(UploadRejection.TooLarge, result.Rejection);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_data, "uploads")));
    }

    [Fact]
    public async Task AnEmptyFileIsRefusedAndAPathIsNoId()
    {
        Assert.Equal(UploadRejection.Empty, (await Store(100).SaveAsync(new MemoryStream(), null)).Rejection);
        Assert.Null(Store(100).Find("../secrets/platform-secrets.json"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private UploadStore Store(long maxBytes) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Platform:DataDirectory"] = _data }).Build(),
        new HostingEnvironment { ContentRootPath = Path.Combine(RepositoryRoot.Path, "src", "Frontend") },
        Options.Create(new UploadOptions { MaxBytes = maxBytes }));
}
