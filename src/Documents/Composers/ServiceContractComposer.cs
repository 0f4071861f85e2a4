using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P5: the contract for the recognition service; generic clauses that restate the center's and candidate's duties under the Rules.</summary>
internal static class ServiceContractComposer
{
    public static void Compose(PageWriter page, ServiceContract contract, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "5", contract.CenterName);
        page.Title(t.Format(Phrase.ContractTitle, contract.ContractNumber), t[Phrase.ContractSubtitle]);
        page.Field(t[Phrase.PlaceAndDate], $"{contract.Place}, {t.Date(contract.ConcludedOn)}");
        page.Space(2);
        page.Paragraph(t.Format(Phrase.ContractParties, t.Text(contract.CenterName), contract.CenterHead.FullName, contract.Candidate.Full));
        page.Heading(t[Phrase.ContractSubjectHeading]);
        page.Paragraph(t.Format(Phrase.ContractSubject, t.Text(contract.Profession), contract.NrkLevel));
        page.Heading(t[Phrase.ContractCenterHeading]);
        page.NumberedList([t[Phrase.ContractCenterDuty1], t[Phrase.ContractCenterDuty2], t[Phrase.ContractCenterDuty3]]);
        page.Heading(t[Phrase.ContractCandidateHeading]);
        page.NumberedList([t[Phrase.ContractCandidateDuty1], t[Phrase.ContractCandidateDuty2]]);
        page.Heading(t[Phrase.ContractPriceHeading]);
        page.Paragraph(contract.PriceTenge is { } price ? t.Format(Phrase.ContractPrice, t.Money(price)) : t[Phrase.ContractNoPrice]);
        Parties(page, contract, t);
    }

    private static void Parties(PageWriter page, ServiceContract contract, DocumentWording t)
    {
        page.EnsureSpace(PageWriter.Mm(70)); // the parties and both signatures stay on one page
        page.Heading(t[Phrase.ContractSignaturesHeading]);
        page.Field(t[Phrase.Center], t.Text(contract.CenterName));
        page.Field(t[Phrase.Address], contract.CenterAddress);
        page.SignatureLine(t[Phrase.HeadOfCenter], contract.CenterHead.FullName, t.Format(Phrase.SignedOn, t.Date(contract.CenterHead.SignedOn)));
        page.Space(2);
        page.SignatureLine(t[Phrase.Candidate], contract.Candidate.Full, null);
    }
}
