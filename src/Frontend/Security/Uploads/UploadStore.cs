using Microsoft.Extensions.Options;
using Platform.Hosting;

namespace Platform.Frontend.Security.Uploads;

/// <summary>
/// Stores uploaded documents (issue 6: "file uploads checked by content type and size, stored outside the web root"):
/// the type is decided by the file's magic bytes (PDF, JPEG, PNG), not by its name or declared type; the size is
/// capped while copying; the file gets a generated name in <c>&lt;data&gt;/uploads</c>, never under wwwroot, and the
/// client's file name is not used at all. Issue 11: the content must also be built as its type says
/// (<see cref="UploadStructure"/>), and the folder (0700) and files (0600) are readable by the platform's user only.
/// </summary>
public sealed class UploadStore(IConfiguration configuration, IHostEnvironment environment, IOptions<UploadOptions> options)
{
    private const int HeadBytes = 8;

    private string Root => Path.Combine(PlatformDataDirectory.Resolve(configuration, environment.ContentRootPath), "uploads");

    public async Task<UploadResult> SaveAsync(Stream content, string? declaredContentType, CancellationToken cancellationToken = default)
    {
        var head = new byte[HeadBytes];
        var read = await content.ReadAtLeastAsync(head, HeadBytes, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return UploadResult.Refused(UploadRejection.Empty);
        }

        if (UploadKind.Sniff(head.AsSpan(0, read)) is not { } kind)
        {
            return UploadResult.Refused(UploadRejection.UnsupportedContent);
        }

        if (declaredContentType is not null && !string.Equals(declaredContentType, kind.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return UploadResult.Refused(UploadRejection.ContentTypeMismatch);
        }

        PrivateFile.CreateDirectory(Root);
        var id = UploadNames.New(kind);
        var path = Path.Combine(Root, id);
        var length = await CopyCappedAsync(head.AsMemory(0, read), content, path, cancellationToken);
        if (length > options.Value.MaxBytes)
        {
            File.Delete(path);
            return UploadResult.Refused(UploadRejection.TooLarge);
        }

        if (!UploadStructure.IsWellFormed(kind, path))
        {
            File.Delete(path);
            return UploadResult.Refused(UploadRejection.Malformed);
        }

        return new UploadResult(new StoredUpload(id, kind.ContentType, length), UploadRejection.None);
    }

    /// <summary>The stored file of an id made by <see cref="SaveAsync"/>; null for anything else (no path tricks).</summary>
    public FileInfo? Find(string id)
    {
        if (!UploadNames.IsWellFormed(id))
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(Root, id));
        return file.Exists ? file : null;
    }

    /// <summary>Removes a stored file that could not be recorded (its owner unknown, it must not stay).</summary>
    public void Delete(string id)
    {
        if (Find(id) is { } file)
        {
            file.Delete();
        }
    }

    /// <summary>Copies up to one byte past the limit, so an oversized upload is detected without storing all of it.</summary>
    private async Task<long> CopyCappedAsync(ReadOnlyMemory<byte> head, Stream rest, string path, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBytes + 1;
        await using var file = PrivateFile.CreateNew(path);
        await file.WriteAsync(head, cancellationToken);
        long length = head.Length;
        var buffer = new byte[81920];
        int chunk;
        while (length < limit && (chunk = await rest.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - length)), cancellationToken)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, chunk), cancellationToken);
            length += chunk;
        }

        return length;
    }
}
