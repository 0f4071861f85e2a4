using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Frontend.Security.Uploads;

/// <summary>
/// Checks that an upload is built as its type says, not only that it starts like one (issue 11: "an HTML file that
/// starts with <c>%PDF-</c> was accepted as a PDF"). PDF: a <c>%PDF-1.x</c>/<c>2.0</c> header, <c>%%EOF</c> near the
/// end after a <c>startxref</c> whose offset points at a cross-reference table or stream. PNG: IHDR first, every chunk
/// inside the file, an IDAT, IEND last and at the very end. JPEG: a frame header (SOF) before the first scan and the
/// end-of-image marker last. Only headers and the tail are read, so a large file costs a few reads, not a parse.
/// </summary>
public static partial class UploadStructure
{
    /// <summary>How far from the end a PDF's <c>%%EOF</c> (and the <c>startxref</c> before it) may be.</summary>
    private const int PdfTailBytes = 1024;

    public static bool IsWellFormed(UploadKind kind, string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        try
        {
            return kind.ContentType switch
            {
                "application/pdf" => IsPdf(file),
                "image/png" => IsPng(file),
                "image/jpeg" => IsJpeg(file),
                _ => false,
            };
        }
        catch (EndOfStreamException)
        {
            // A length or offset pointing past the end: the file is cut short or made up.
            return false;
        }
    }

    private static bool IsPdf(FileStream file)
    {
        var head = new byte[9];
        ReadAt(file, 0, head);
        if (!PdfHeader().IsMatch(Encoding.Latin1.GetString(head)))
        {
            return false;
        }

        var tailStart = Math.Max(0, file.Length - PdfTailBytes);
        var tailBytes = new byte[file.Length - tailStart];
        ReadAt(file, tailStart, tailBytes);
        var match = PdfTrailer().Match(Encoding.Latin1.GetString(tailBytes));
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var xref) || xref >= file.Length)
        {
            return false;
        }

        // startxref names where the cross-reference starts: the "xref" keyword, or the object of an xref stream (PDF 1.5+).
        var at = new byte[(int)Math.Min(64, file.Length - xref)];
        ReadAt(file, xref, at);
        return PdfXref().IsMatch(Encoding.Latin1.GetString(at));
    }

    private static bool IsPng(FileStream file)
    {
        Span<byte> header = stackalloc byte[8];
        long position = 8;
        var index = 0;
        var sawData = false;
        while (position + 12 <= file.Length)
        {
            ReadAt(file, position, header);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = header[4..];
            var next = position + 12 + length;
            if (next > file.Length || (index == 0 && (!type.SequenceEqual("IHDR"u8) || length != 13)))
            {
                return false;
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return length == 0 && next == file.Length && sawData;
            }

            sawData |= type.SequenceEqual("IDAT"u8);
            position = next;
            index++;
        }

        return false;
    }

    private static bool IsJpeg(FileStream file)
    {
        Span<byte> marker = stackalloc byte[4];
        ReadAt(file, file.Length - 2, marker[..2]);
        if (marker[0] != 0xFF || marker[1] != 0xD9)
        {
            return false;
        }

        // Walk the marker segments after SOI up to the first scan (SOS); a frame header (SOFn) must come before it.
        long position = 2;
        var frame = false;
        while (position + 4 <= file.Length)
        {
            ReadAt(file, position, marker);
            var code = marker[1];
            if (marker[0] != 0xFF || code is 0xD8 or 0xD9)
            {
                return false;
            }

            if (code is 0xFF or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // A fill byte, or a marker without a length.
                position += code == 0xFF ? 1 : 2;
                continue;
            }

            if (code == 0xDA)
            {
                return frame;
            }

            frame |= code is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            var length = BinaryPrimitives.ReadUInt16BigEndian(marker[2..]);
            if (length < 2)
            {
                return false;
            }

            position += 2 + length;
        }

        return false;
    }

    private static void ReadAt(FileStream file, long offset, Span<byte> buffer)
    {
        file.Position = offset;
        file.ReadExactly(buffer);
    }

    [GeneratedRegex(@"\A%PDF-(1\.[0-7]|2\.0)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PdfHeader();

    [GeneratedRegex(@"startxref\s+([0-9]{1,15})\s+%%EOF[\s\0]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex PdfTrailer();

    [GeneratedRegex(@"\A\s*(xref\s|[0-9]+\s+[0-9]+\s+obj\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PdfXref();
}
