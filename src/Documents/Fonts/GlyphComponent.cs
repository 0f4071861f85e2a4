using System.Buffers.Binary;
using static Platform.Documents.Fonts.CompositeGlyph;

namespace Platform.Documents.Fonts;

/// <summary>
/// A component: a glyph drawn through the linear map (A B; C D) — x' = A·x + C·y, y' = B·x + D·y — and moved by
/// (Arg1, Arg2) when <see cref="IsPlacedByOffset"/>.
/// </summary>
internal sealed record GlyphComponent(ushort Flags, ushort Glyph, int Arg1, int Arg2, double A, double B, double C, double D)
{
    public bool IsPlacedByOffset => (Flags & ArgsAreXyValues) != 0;

    private bool IsIdentity => A == 1 && B == 0 && C == 0 && D == 1;

    /// <summary>
    /// The inner component drawn where this one draws its glyph: maps composed, offsets added (the inner offset
    /// through this map); null when the result does not fit the format.
    /// </summary>
    public GlyphComponent? Place(GlyphComponent inner)
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
        return new GlyphComponent((ushort)(ArgsAreXyValues | metrics), inner.Glyph, (int)x, (int)y, a, b, c, d);
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
