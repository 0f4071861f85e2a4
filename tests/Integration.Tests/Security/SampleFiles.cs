using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PdfSharp.Pdf;

namespace Platform.Integration.Tests.Security;

/// <summary>Small but real documents of each accepted type, made here, and a fake one (issue 11).</summary>
public static class SampleFiles
{
    /// <summary>A one-page PDF as PDFsharp writes it: header, objects, xref table, trailer, startxref, %%EOF.</summary>
    public static byte[] Pdf()
    {
        using var document = new PdfDocument();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>What issue 11 reported: an HTML page behind a PDF header, accepted as a PDF by its first bytes.</summary>
    public static byte[] HtmlCalledPdf() =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n");

    /// <summary>A 1x1 grey PNG: signature, IHDR, IDAT (zlib of one filtered row), IEND, each chunk with its CRC.</summary>
    public static byte[] Png()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(output, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, 0x80]);
            }

            Chunk(output, "IDAT", pixels.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>
    /// A 1x1 grey baseline JPEG: SOI, a quantisation table, SOF0, one-code Huffman tables for DC and AC, SOS, a scan of
    /// two bits (DC difference 0, end of block), EOI.
    /// </summary>
    public static byte[] Jpeg() =>
    [
        0xFF, 0xD8,
        0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64),
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. new byte[15], 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, .. new byte[15], 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
        0x3F,
        0xFF, 0xD9,
    ];

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        output.Write(word);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
