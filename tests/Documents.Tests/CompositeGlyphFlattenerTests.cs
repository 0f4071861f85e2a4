using Platform.Documents.Fonts;
using Component = Platform.Documents.Fonts.CompositeGlyphFlattener.Component;

namespace Platform.Documents.Tests;

/// <summary>
/// The faces PDFsharp subsets have only one level of composite glyphs (PDFsharp's subset looks one level deep), and
/// every glyph still draws the same simple outlines at the same places.
/// </summary>
public sealed class CompositeGlyphFlattenerTests
{
    public static TheoryData<string> Faces() => new("DejaVuSans", "DejaVuSans-Bold");

    [Theory]
    [MemberData(nameof(Faces))]
    public void DejaVuNestsCompositesAndTheFlatFaceDoesNot(string face)
    {
        var original = TrueTypeFile.Read(Embedded(face));
        var flat = TrueTypeFile.Read(CompositeGlyphFlattener.Flatten(Embedded(face)));

        Assert.True(NestedComposites(original) > 100, "DejaVu builds letters such as Ё from composites (Е from E)");
        Assert.Equal(0, NestedComposites(flat));
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void EveryGlyphDrawsTheSameSimpleOutlinesAtTheSamePlaces(string face)
    {
        var original = TrueTypeFile.Read(Embedded(face));
        var flat = TrueTypeFile.Read(CompositeGlyphFlattener.Flatten(Embedded(face)));

        Assert.Equal(original.GlyphCount, flat.GlyphCount);
        for (var glyph = 0; glyph < original.GlyphCount; glyph++)
        {
            var before = Leaves(original, Root(glyph)).ToArray();
            var after = Leaves(flat, Root(glyph)).ToArray();
            Assert.True(before.SequenceEqual(after), $"{face}: glyph {glyph} draws {string.Join(", ", before)} before and {string.Join(", ", after)} after");
            if (!CompositeGlyphFlattener.IsComposite(original.Glyph(glyph)))
            {
                Assert.True(original.Glyph(glyph).SequenceEqual(flat.Glyph(glyph)), $"{face}: simple glyph {glyph} changed");
            }
        }
    }

    private static int NestedComposites(TrueTypeFile font) => Enumerable.Range(0, font.GlyphCount)
        .Count(g => CompositeGlyphFlattener.IsComposite(font.Glyph(g))
            && CompositeGlyphFlattener.Parse(font.Glyph(g)).Any(c => CompositeGlyphFlattener.IsComposite(font.Glyph(c.Glyph))));

    private static Component Root(int glyph) => new(0x0002, (ushort)glyph, 0, 0, 1, 0, 0, 1);

    /// <summary>The simple glyphs a glyph draws, each with its placement, in drawing order.</summary>
    private static IEnumerable<string> Leaves(TrueTypeFile font, Component at)
    {
        if (!CompositeGlyphFlattener.IsComposite(font.Glyph(at.Glyph)))
        {
            return font.Glyph(at.Glyph).Length == 0 ? [] : [$"{at.Glyph}@({at.Arg1},{at.Arg2}) [{at.A:F3} {at.B:F3} {at.C:F3} {at.D:F3}]"];
        }

        return CompositeGlyphFlattener.Parse(font.Glyph(at.Glyph))
            .SelectMany(inner => at.Place(inner) is { } placed ? Leaves(font, placed) : [$"{inner.Glyph} unplaced"]);
    }

    private static byte[] Embedded(string face)
    {
        using var stream = typeof(DocumentRenderer).Assembly.GetManifestResourceStream($"Platform.Documents.Fonts.{face}.ttf")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
