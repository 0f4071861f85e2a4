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
        private readonly Dictionary<int, List<GlyphComponent>?> _flat = [];
        private readonly HashSet<int> _visiting = [];

        public int MostComponents { get; private set; }

        public byte[] Bytes(int glyph)
        {
            var original = file.Glyph(glyph);
            if (!CompositeGlyph.IsComposite(original))
            {
                return original.ToArray();
            }

            var components = FlatComponents(glyph);
            if (components is null || components.Select(c => c.Glyph).SequenceEqual(CompositeGlyph.Parse(original).Select(c => c.Glyph)))
            {
                return original.ToArray(); // no component was itself composite
            }

            MostComponents = Math.Max(MostComponents, components.Count);
            return CompositeGlyph.Encode(original, components);
        }

        /// <summary>The components of a composite glyph, each a simple glyph where possible; null if it is not composite.</summary>
        private List<GlyphComponent>? FlatComponents(int glyph)
        {
            if (_flat.TryGetValue(glyph, out var known))
            {
                return known;
            }

            var data = file.Glyph(glyph);
            if (!CompositeGlyph.IsComposite(data) || !_visiting.Add(glyph))
            {
                return null; // a simple glyph, or a cycle in a broken font
            }

            var result = new List<GlyphComponent>();
            foreach (var component in CompositeGlyph.Parse(data))
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
}
