namespace Platform.Frontend.Security.Uploads;

/// <summary>A document type the platform accepts (scans of diplomas, sick-leave sheets, photos): known by its first bytes.</summary>
public sealed record UploadKind(string ContentType, string Extension, byte[] Magic)
{
    public static readonly UploadKind Pdf = new("application/pdf", ".pdf", "%PDF-"u8.ToArray());
    public static readonly UploadKind Jpeg = new("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);
    public static readonly UploadKind Png = new("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static IReadOnlyList<UploadKind> All { get; } = [Pdf, Jpeg, Png];

    /// <summary>The kind whose magic bytes start <paramref name="head"/>, if any.</summary>
    public static UploadKind? Sniff(ReadOnlySpan<byte> head)
    {
        foreach (var kind in All)
        {
            if (head.StartsWith(kind.Magic))
            {
                return kind;
            }
        }

        return null;
    }
}
