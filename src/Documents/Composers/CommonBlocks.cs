using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>The blocks most documents share: the legal reference and the center, the addressee, the signatures.</summary>
internal static class CommonBlocks
{
    /// <summary>The reference to the point of the Rules the document implements, then the center's name.</summary>
    public static void Opening(PageWriter page, DocumentWording t, string rulesPoint, BilingualText centerName)
    {
        page.Reference(t.Format(Phrase.PointReference, rulesPoint));
        page.Banner(t.Text(centerName));
    }

    public static void CandidateAndProfession(PageWriter page, DocumentWording t, PersonName candidate, BilingualText profession)
    {
        page.Field(t[Phrase.Candidate], candidate.Full);
        page.Field(t[Phrase.Profession], t.Text(profession));
    }

    /// <summary>One signature line per member, in the order given, with the date when signed.</summary>
    public static void Signatures(PageWriter page, DocumentWording t, string heading, IReadOnlyList<Signatory> members)
    {
        // Keep the heading with the signatures (up to a page's worth), so that no signature is left alone on a page.
        page.EnsureSpace(Math.Min(PageWriter.Mm(12) + members.Count * PageWriter.Mm(13), PageWriter.Mm(120)));
        page.Heading(heading);
        foreach (var member in members)
        {
            page.SignatureLine(t.Role(member.Role), member.FullName, SignedNote(t, member.SignedOn));
        }
    }

    public static void Head(PageWriter page, DocumentWording t, string headName, DateOnly? signedOn)
    {
        page.EnsureSpace(PageWriter.Mm(20));
        page.Space(4);
        page.SignatureLine(t[Phrase.HeadOfCenter], headName, SignedNote(t, signedOn));
    }

    private static string? SignedNote(DocumentWording t, DateOnly? signedOn) =>
        signedOn is { } day ? t.Format(Phrase.SignedOn, t.Date(day)) : null;
}
