using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P21-1, P22, P23: the appeal commission's protocol with its decision, reasons, signatures and retention.</summary>
internal static class AppealProtocolComposer
{
    public static void Compose(PageWriter page, AppealProtocol protocol, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "22", protocol.CenterName);
        page.Title(t.Format(Phrase.ProtocolTitle, protocol.ProtocolNumber), t[Phrase.AppealSubtitle]);
        CommonBlocks.CandidateAndProfession(page, t, protocol.Candidate, protocol.Profession);
        page.Field(t[Phrase.ContestedProtocol], protocol.ContestedProtocolNumber);
        page.Field(t[Phrase.AppealReceivedOn], t.Date(protocol.AppealReceivedOn));
        page.Field(t[Phrase.ProtocolSignedOn], t.Date(protocol.SignedOn));
        page.Heading(t[Phrase.AppealComposition]);
        foreach (var member in protocol.Members)
        {
            page.Field(t.Role(member.Role), member.FullName);
        }

        page.Heading(t[Phrase.AppealGrounds]);
        page.Paragraph(protocol.Grounds);
        page.Paragraph(t[Phrase.AppealScope]);
        page.Heading(t[Phrase.AppealDecisionHeading]);
        page.Paragraph(t.Decision(protocol.Decision), bold: true);
        page.Heading(t[Phrase.ReasonsHeading]);
        page.NumberedList(protocol.Reasons, t[Phrase.NoneListed]);
        CommonBlocks.Signatures(page, t, t[Phrase.AppealSignatures], protocol.Members);
        page.Space(3);
        page.Paragraph(t.Format(Phrase.Retention, t.Date(protocol.RetainUntil)));
    }
}
