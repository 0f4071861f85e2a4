using System.Buffers.Binary;

namespace Platform.Documents.Fonts;

/// <summary>
/// The tables of a TrueType font file (OpenType with TrueType outlines) and its glyphs' bytes, read with the
/// <c>loca</c> table; and the writing of a font file from tables, with the checksums the format asks for.
/// Only what <see cref="CompositeGlyphFlattener"/> and the tests need: no cmap, no metrics.
/// </summary>
internal sealed class TrueTypeFile
{
    private readonly byte[] _font;
    private readonly int _glyfOffset;
    private readonly int[] _loca;

    private TrueTypeFile(byte[] font, IReadOnlyList<(string Tag, int Offset, int Length)> tables)
    {
        _font = font;
        Tables = tables;
        var head = Table("head");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").AsSpan(4));
        var loca = Table("loca");
        _loca = new int[GlyphCount + 1];
        for (var i = 0; i <= GlyphCount; i++)
        {
            _loca[i] = longOffsets
                ? checked((int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(i * 4)))
                : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(i * 2)) * 2;
        }

        _glyfOffset = tables.Single(t => t.Tag == "glyf").Offset;
    }

    /// <summary>The table records in the order of the file's directory.</summary>
    public IReadOnlyList<(string Tag, int Offset, int Length)> Tables { get; }

    public int GlyphCount { get; }

    /// <exception cref="InvalidDataException">The file is not a TrueType font with glyf and loca tables.</exception>
    public static TrueTypeFile Read(byte[] font)
    {
        try
        {
            var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
            var tables = new List<(string, int, int)>(count);
            for (var i = 0; i < count; i++)
            {
                var record = font.AsSpan(12 + 16 * i, 16);
                var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
                tables.Add((tag, checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])), checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]))));
            }

            return new TrueTypeFile(font, tables);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException or OverflowException)
        {
            throw new InvalidDataException("Not a TrueType font with glyf and loca tables.", e);
        }
    }

    public bool HasTable(string tag) => Tables.Any(t => t.Tag == tag);

    /// <summary>A copy of a table's bytes.</summary>
    public byte[] Table(string tag)
    {
        var (_, offset, length) = Tables.Single(t => t.Tag == tag);
        return _font.AsSpan(offset, length).ToArray();
    }

    /// <summary>A glyph's bytes; empty for a glyph without outline (a space, or one a subset left out).</summary>
    public ReadOnlySpan<byte> Glyph(int glyph) => _font.AsSpan(_glyfOffset + _loca[glyph], _loca[glyph + 1] - _loca[glyph]);

    /// <summary>Writes a font file of these tables, in this order, each 4-byte aligned, with its checksum and head's checkSumAdjustment.</summary>
    public static byte[] Write(IReadOnlyList<(string Tag, byte[] Data)> tables)
    {
        var count = tables.Count;
        var selector = (int)Math.Floor(Math.Log2(count));
        var output = new byte[12 + 16 * count + tables.Sum(t => Padded(t.Data.Length))];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)((1 << selector) * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count - (1 << selector)) * 16));
        var offset = 12 + 16 * count;
        var headOffset = -1;
        var sorted = tables.Select((t, i) => (t.Tag, t.Data, Position: i)).OrderBy(t => t.Tag, StringComparer.Ordinal).ToArray();
        var offsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = offset;
            tables[i].Data.CopyTo(span[offset..]);
            if (tables[i].Tag == "head")
            {
                headOffset = offset;
                BinaryPrimitives.WriteUInt32BigEndian(span[(offset + 8)..], 0); // checkSumAdjustment, set below
            }

            offset += Padded(tables[i].Data.Length);
        }

        // The directory is sorted by tag, as the format asks; the tables keep their order in the file.
        for (var r = 0; r < count; r++)
        {
            var (tag, data, position) = sorted[r];
            var record = span.Slice(12 + 16 * r, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(offsets[position], Padded(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offsets[position]);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(span)));
        }

        return output;
    }

    public static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }
}
