using PdfSharp.Fonts;

namespace Platform.Documents.Fonts;

/// <summary>
/// Installs <see cref="DocumentFontResolver"/> as PDFsharp's process-wide font resolver, once. PDFsharp allows the
/// resolver to be set only before the first font is used, so this is idempotent and safe under concurrent renders.
/// </summary>
public static class DocumentFonts
{
    private static readonly Lock Gate = new();
    private static volatile bool _installed;

    /// <summary>Installs the resolver unless it is already installed.</summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed by someone else.</exception>
    public static void EnsureInstalled()
    {
        if (_installed)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new DocumentFontResolver();
                    break;
                case DocumentFontResolver:
                    break;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has the font resolver {other.GetType().FullName}; the documents need {nameof(DocumentFontResolver)}.");
            }

            _installed = true;
        }
    }
}
