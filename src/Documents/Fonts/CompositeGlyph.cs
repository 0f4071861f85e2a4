using System.Buffers.Binary;

namespace Platform.Documents.Fonts;

/// <summary>The composite glyph record of the TrueType glyf table: its flags, its components, and writing it back.</summary>
internal static class CompositeGlyph
{
    internal const ushort ArgsAreWords = 0x0001;
    internal const ushort ArgsAreXyValues = 0x0002;
    internal const ushort RoundXyToGrid = 0x0004;
    internal const ushort HaveScale = 0x0008;
    internal const ushort MoreComponents = 0x0020;
    internal const ushort HaveXyScale = 0x0040;
    internal const ushort HaveTwoByTwo = 0x0080;
    internal const ushort HaveInstructions = 0x0100;
    internal const ushort UseMyMetrics = 0x0200;
    internal const ushort OverlapCompound = 0x0400;
    internal const ushort ScaledOffset = 0x0800;
    internal const ushort UnscaledOffset = 0x1000;

    internal static bool IsComposite(ReadOnlySpan<byte> glyph) => glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    /// <summary>The components of a composite glyph, in order.</summary>
    internal static List<GlyphComponent> Parse(ReadOnlySpan<byte> glyph)
    {
        var components = new List<GlyphComponent>();
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            var index = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
            at += 4;
            int arg1, arg2;
            var signed = (flags & ArgsAreXyValues) != 0;
            if ((flags & ArgsAreWords) != 0)
            {
                arg1 = signed ? BinaryPrimitives.ReadInt16BigEndian(glyph[at..]) : BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                arg2 = signed ? BinaryPrimitives.ReadInt16BigEndian(glyph[(at + 2)..]) : BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
                at += 4;
            }
            else
            {
                arg1 = signed ? (sbyte)glyph[at] : glyph[at];
                arg2 = signed ? (sbyte)glyph[at + 1] : glyph[at + 1];
                at += 2;
            }

            var (a, b, c, d) = (1.0, 0.0, 0.0, 1.0);
            if ((flags & HaveScale) != 0)
            {
                a = d = F2Dot14(glyph[at..]);
                at += 2;
            }
            else if ((flags & HaveXyScale) != 0)
            {
                (a, d) = (F2Dot14(glyph[at..]), F2Dot14(glyph[(at + 2)..]));
                at += 4;
            }
            else if ((flags & HaveTwoByTwo) != 0)
            {
                (a, b, c, d) = (F2Dot14(glyph[at..]), F2Dot14(glyph[(at + 2)..]), F2Dot14(glyph[(at + 4)..]), F2Dot14(glyph[(at + 6)..]));
                at += 8;
            }

            components.Add(new GlyphComponent(flags, index, arg1, arg2, a, b, c, d));
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    /// <summary>The composite glyph again: its header and bounding box, the components, its instructions if any.</summary>
    internal static byte[] Encode(ReadOnlySpan<byte> original, List<GlyphComponent> components)
    {
        var instructions = Instructions(original);
        var keepOverlap = (BinaryPrimitives.ReadUInt16BigEndian(original[10..]) & OverlapCompound) != 0;
        using var output = new MemoryStream();
        output.Write(original[..10]);
        Span<byte> buffer = stackalloc byte[16];
        for (var i = 0; i < components.Count; i++)
        {
            var last = i == components.Count - 1;
            var written = components[i].Write(buffer, more: !last, instructions: last && instructions.Length > 0, overlap: i == 0 && keepOverlap);
            output.Write(buffer[..written]);
        }

        output.Write(instructions);
        return output.ToArray();
    }

    /// <summary>The instructions after the last component, with their length, or nothing.</summary>
    private static ReadOnlySpan<byte> Instructions(ReadOnlySpan<byte> glyph)
    {
        var at = 10;
        var any = false;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            any |= (flags & HaveInstructions) != 0;
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & HaveScale) != 0 ? 2 : (flags & HaveXyScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0);
        }
        while ((flags & MoreComponents) != 0);

        if (!any || at + 2 > glyph.Length)
        {
            return [];
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
        return glyph.Slice(at, Math.Min(2 + length, glyph.Length - at));
    }

    private static double F2Dot14(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt16BigEndian(bytes) / 16384.0;
}
