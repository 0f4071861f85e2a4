using System.Reflection;
using PdfSharp.Fonts;

namespace Platform.Documents.Fonts;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly to PDFsharp, whatever family a caller asks for:
/// the documents must print Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і) on any host, with no system fonts installed.
/// Each face is served with its composite glyphs flattened (<see cref="CompositeGlyphFlattener"/>), so that PDFsharp's
/// subset of it keeps every part of letters such as Ё, Й and Ы.
/// </summary>
public sealed class DocumentFontResolver : IFontResolver
{
    /// <summary>The family name the documents use.</summary>
    public const string FamilyName = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private const string ResourcePrefix = "Platform.Documents.Fonts.";

    /// <inheritdoc/>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        bold ? new FontResolverInfo(BoldFace) : new FontResolverInfo(RegularFace, false, italic);

    /// <inheritdoc/>
    public byte[] GetFont(string faceName) => (faceName == BoldFace ? Bold : Regular).Value;

    private static readonly Lazy<byte[]> Regular = new(() => CompositeGlyphFlattener.Flatten(Load(RegularFace)));

    private static readonly Lazy<byte[]> Bold = new(() => CompositeGlyphFlattener.Flatten(Load(BoldFace)));

    private static byte[] Load(string face)
    {
        var name = ResourcePrefix + face + ".ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource '{name}' is missing from {typeof(DocumentFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
