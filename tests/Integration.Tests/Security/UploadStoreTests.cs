using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;
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
        var pdf = SampleFiles.Pdf();
        var result = await Store(100_000).SaveAsync(new MemoryStream(pdf), "application/pdf");

        var stored = Assert.IsType<StoredUpload>(result.Stored);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", stored.Id);
        Assert.Equal(pdf.Length, stored.Length);
        var file = Store(100_000).Find(stored.Id)!;
        Assert.StartsWith(Path.Combine(_data, "uploads"), file.FullName);
        Assert.DoesNotContain("wwwroot", file.FullName);
    }

    [Theory]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    public async Task JpegAndPngAreKnownByTheirFirstBytes(string sample, string contentType)
    {
        var content = sample == "jpeg" ? SampleFiles.Jpeg() : SampleFiles.Png();

        var result = await Store(1000).SaveAsync(new MemoryStream(content), null);

        Assert.Equal(contentType, result.Stored?.ContentType);
    }

    [Theory]
    [InlineData("html behind a pdf header")]
    [InlineData("pdf without startxref")]
    [InlineData("pdf whose startxref points nowhere")]
    [InlineData("png without iend")]
    [InlineData("png without ihdr first")]
    [InlineData("jpeg without eoi")]
    [InlineData("jpeg without a frame")]
    public async Task AFileThatOnlyStartsLikeADocumentIsRefused(string sample)
    {
        var pdf = SampleFiles.Pdf();
        var png = SampleFiles.Png();
        var jpeg = SampleFiles.Jpeg();
        var text = Encoding.Latin1.GetString(pdf);
        byte[] content = sample switch
        {
            "html behind a pdf header" => SampleFiles.HtmlCalledPdf(),
            "pdf without startxref" => Encoding.Latin1.GetBytes(text.Replace("startxref", "startxrf")),
            "pdf whose startxref points nowhere" => Encoding.Latin1.GetBytes(
                Regex.Replace(text, "startxref\\s+[0-9]+", "startxref\n5")),
            "png without iend" => png[..^12],
            "png without ihdr first" => [.. png[..12], .. "IHDX"u8, .. png[16..]],
            "jpeg without eoi" => jpeg[..^2],
            _ => [.. jpeg[..71], .. jpeg[84..]],
        };

        var result = await Store(100_000).SaveAsync(new MemoryStream(content), null);

        Assert.Equal(UploadRejection.Malformed, result.Rejection);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_data, "uploads")));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task TheFolderAndTheFilesAreTheirOwnersOnly()
    {
        var result = await Store(1000).SaveAsync(new MemoryStream(SampleFiles.Png()), "image/png");

        var file = Store(1000).Find(result.Stored!.Id)!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file.FullName));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(file.DirectoryName!));
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
        Assert.Null(Store(100).Find("../../../../etc/passwd"));
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
