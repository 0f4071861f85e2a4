using System.Buffers.Binary;

namespace Platform.Documents.Fonts;

/// <summary>
/// Rewrites a TrueType font so that no composite glyph is built from another composite glyph: each component that is
/// itself composite is replaced by its own components, placed where they were drawn. The outlines are unchanged.
/// </summary>
/// <remarks>
/// Why: PDFsharp 6.2.4 subsets a font by adding to the glyphs used the components of those glyphs, one level deep
/// (<c>GlyphDataTable.CompleteGlyphClosure</c>). DejaVu builds Ё from Е and the diaeresis, and Е itself from the Latin E,
/// so the subset kept Е and the dots but not E, and Ё printed as two dots. With every composite one level deep, that
/// one level is the whole closure. Components placed by point matching, which DejaVu does not use, are left as they are.
/// </remarks>
internal static class CompositeGlyphFlattener
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort ArgsAreXyValues = 0x0002;
    private const ushort RoundXyToGrid = 0x0004;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXyScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;
    private const ushort HaveInstructions = 0x0100;
    private const ushort UseMyMetrics = 0x0200;
    private const ushort OverlapCompound = 0x0400;
    private const ushort ScaledOffset = 0x0800;
    private const ushort UnscaledOffset = 0x1000;

    /// <summary>The font with flat composite glyphs and a long loca table; the other tables as they were.</summary>
    /// <exception cref="InvalidDataException">The file is not a TrueType font with glyf and loca tables.</exception>
    public static byte[] Flatten(byte[] font)
    {
        var file = TrueTypeFile.Read(font);
        var flat = new Flattening(file);
        var glyphs = Enumerable.Range(0, file.GlyphCount).Select(flat.Bytes).ToArray();
        var glyf = new byte[glyphs.Sum(g => TrueTypeFile.Padded(g.Length))];
        var loca = new byte[(file.GlyphCount + 1) * 4];
        var offset = 0;
        for (var g = 0; g < glyphs.Length; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(g * 4), (uint)offset);
            glyphs[g].CopyTo(glyf, offset);
            offset += TrueTypeFile.Padded(glyphs[g].Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyphs.Length * 4), (uint)offset);
        var head = file.Table("head");
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: long offsets
        var maxp = file.Table("maxp");
        if (maxp.Length >= 32)
        {
            var elements = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(28));
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(28), (ushort)Math.Max(elements, flat.MostComponents));
        }

        return TrueTypeFile.Write(file.Tables.Select(t => (t.Tag, t.Tag switch
        {
            "glyf" => glyf,
            "loca" => loca,
            "head" => head,
            "maxp" => maxp,
            _ => file.Table(t.Tag),
        })).ToArray());
    }

    /// <summary>Flattens glyph by glyph, each composite once, its components' flat forms first.</summary>
    private sealed class Flattening(TrueTypeFile file)
    {
        private readonly Dictionary<int, List<Component>?> _flat = [];
        private readonly HashSet<int> _visiting = [];

        public int MostComponents { get; private set; }

        public byte[] Bytes(int glyph)
        {
            var original = file.Glyph(glyph);
            if (!IsComposite(original))
            {
                return original.ToArray();
            }

            var components = FlatComponents(glyph);
            if (components is null || components.Select(c => c.Glyph).SequenceEqual(Parse(original).Select(c => c.Glyph)))
            {
                return original.ToArray(); // no component was itself composite
            }

            MostComponents = Math.Max(MostComponents, components.Count);
            return Encode(original, components);
        }

        /// <summary>The components of a composite glyph, each a simple glyph where possible; null if it is not composite.</summary>
        private List<Component>? FlatComponents(int glyph)
        {
            if (_flat.TryGetValue(glyph, out var known))
            {
                return known;
            }

            var data = file.Glyph(glyph);
            if (!IsComposite(data) || !_visiting.Add(glyph))
            {
                return null; // a simple glyph, or a cycle in a broken font
            }

            var result = new List<Component>();
            foreach (var component in Parse(data))
            {
                var inner = component.Glyph < file.GlyphCount ? FlatComponents(component.Glyph) : null;
                if (inner is null || !component.IsPlacedByOffset || inner.Any(i => !i.IsPlacedByOffset))
                {
                    result.Add(component);
                    continue;
                }

                var placed = inner.Select(i => component.Place(i)).ToArray();
                if (placed.Any(p => p is null))
                {
                    result.Add(component);
                    continue;
                }

                result.AddRange(placed!);
            }

            _visiting.Remove(glyph);
            _flat[glyph] = result;
            return result;
        }
    }

    internal static bool IsComposite(ReadOnlySpan<byte> glyph) => glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    /// <summary>The components of a composite glyph, in order.</summary>
    internal static List<Component> Parse(ReadOnlySpan<byte> glyph)
    {
        var components = new List<Component>();
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

            components.Add(new Component(flags, index, arg1, arg2, a, b, c, d));
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    /// <summary>The composite glyph again: its header and bounding box, the components, its instructions if any.</summary>
    private static byte[] Encode(ReadOnlySpan<byte> original, List<Component> components)
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

    /// <summary>
    /// A component: a glyph drawn through the linear map (A B; C D) — x' = A·x + C·y, y' = B·x + D·y — and moved by
    /// (Arg1, Arg2) when <see cref="IsPlacedByOffset"/>.
    /// </summary>
    internal sealed record Component(ushort Flags, ushort Glyph, int Arg1, int Arg2, double A, double B, double C, double D)
    {
        public bool IsPlacedByOffset => (Flags & ArgsAreXyValues) != 0;

        private bool IsIdentity => A == 1 && B == 0 && C == 0 && D == 1;

        /// <summary>
        /// The inner component drawn where this one draws its glyph: maps composed, offsets added (the inner offset
        /// through this map); null when the result does not fit the format.
        /// </summary>
        public Component? Place(Component inner)
        {
            var (ix, iy) = ((double)inner.Arg1, (double)inner.Arg2);
            if ((inner.Flags & ScaledOffset) != 0 && !inner.IsIdentity)
            {
                (ix, iy) = inner.Map(ix, iy);
            }

            var (ox, oy) = ((double)Arg1, (double)Arg2);
            if ((Flags & ScaledOffset) != 0 && !IsIdentity)
            {
                (ox, oy) = Map(ox, oy);
            }

            var (mx, my) = Map(ix, iy);
            var x = Math.Round(mx + ox);
            var y = Math.Round(my + oy);
            var a = A * inner.A + C * inner.B;
            var b = B * inner.A + D * inner.B;
            var c = A * inner.C + C * inner.D;
            var d = B * inner.C + D * inner.D;
            if (x is < short.MinValue or > short.MaxValue || y is < short.MinValue or > short.MaxValue
                || new[] { a, b, c, d }.Any(v => v is < -2 or >= 2))
            {
                return null;
            }

            var metrics = (Flags & inner.Flags & UseMyMetrics) | ((Flags | inner.Flags) & RoundXyToGrid);
            return new Component((ushort)(ArgsAreXyValues | metrics), inner.Glyph, (int)x, (int)y, a, b, c, d);
        }

        public int Write(Span<byte> buffer, bool more, bool instructions, bool overlap)
        {
            var words = Arg1 is < sbyte.MinValue or > sbyte.MaxValue || Arg2 is < sbyte.MinValue or > sbyte.MaxValue
                || (!IsPlacedByOffset && (Arg1 > byte.MaxValue || Arg2 > byte.MaxValue));
            var keep = Flags & (ArgsAreXyValues | RoundXyToGrid | UseMyMetrics | ScaledOffset | UnscaledOffset);
            var flags = keep | (words ? ArgsAreWords : 0) | (more ? MoreComponents : 0) | (instructions ? HaveInstructions : 0) | (overlap ? OverlapCompound : 0);
            double[] map = IsIdentity ? [] : B == 0 && C == 0 ? A == D ? [A] : [A, D] : [A, B, C, D];
            flags |= map.Length switch { 1 => HaveScale, 2 => HaveXyScale, 4 => HaveTwoByTwo, _ => 0 };
            if (map.Length > 0 && (keep & (ScaledOffset | UnscaledOffset)) == 0)
            {
                flags |= UnscaledOffset; // the offsets computed in Place are not to be scaled again
            }

            BinaryPrimitives.WriteUInt16BigEndian(buffer, (ushort)flags);
            BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], Glyph);
            var at = 4;
            if (words)
            {
                BinaryPrimitives.WriteUInt16BigEndian(buffer[at..], unchecked((ushort)Arg1));
                BinaryPrimitives.WriteUInt16BigEndian(buffer[(at + 2)..], unchecked((ushort)Arg2));
                at += 4;
            }
            else
            {
                buffer[at] = unchecked((byte)Arg1);
                buffer[at + 1] = unchecked((byte)Arg2);
                at += 2;
            }

            foreach (var value in map)
            {
                BinaryPrimitives.WriteInt16BigEndian(buffer[at..], (short)Math.Round(value * 16384));
                at += 2;
            }

            return at;
        }

        private (double X, double Y) Map(double x, double y) => (A * x + C * y, B * x + D * y);
    }
}
