using System.Globalization;
using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P17: the protocol of the examination commission: composition, theory, practical against the map, decision, signatures.</summary>
internal static class CommissionProtocolComposer
{
    public static void Compose(PageWriter page, CommissionProtocol protocol, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "17", protocol.CenterName);
        page.Title(t.Format(Phrase.ProtocolTitle, protocol.ProtocolNumber), t[Phrase.ProtocolSubtitle]);
        CommonBlocks.CandidateAndProfession(page, t, protocol.Candidate, protocol.Profession);
        page.Field(t[Phrase.NrkLevel], protocol.NrkLevel.ToString(CultureInfo.InvariantCulture));
        page.Field(t[Phrase.Mode], t.Mode(protocol.Mode));
        page.Field(t[Phrase.ExamLanguage], t.LanguageName(protocol.ExamLanguage));
        page.Field(t[Phrase.CompletedOn], t.Date(protocol.CompletedOn));
        page.Heading(t[Phrase.CommissionComposition]);
        foreach (var member in protocol.Members)
        {
            page.Field(t.Role(member.Role), member.FullName);
        }

        ExamResults.Theory(page, t, protocol.Theory);
        ExamResults.Practical(page, t, protocol.Practical);
        page.Heading(t[Phrase.DecisionHeading]);
        page.Paragraph(t[protocol.Passed ? Phrase.DecisionPassed : Phrase.DecisionNotPassed], bold: true);
        CommonBlocks.Signatures(page, t, t[Phrase.CommissionSignatures], protocol.Members);
    }
}
