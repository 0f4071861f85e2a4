using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P13, P14: the violation act: when, what was seen, the warning, the outcome, signed by the commission.</summary>
internal static class ViolationActComposer
{
    public static void Compose(PageWriter page, ViolationAct act, DocumentWording t)
    {
        CommonBlocks.Opening(page, t, "14", act.CenterName);
        page.Title(t[Phrase.ViolationTitle], t[Phrase.ViolationSubtitle]);
        page.Paragraph(t[Phrase.ViolationIntro]);
        page.Space(1);
        CommonBlocks.CandidateAndProfession(page, t, act.Candidate, act.Profession);
        page.Field(t[Phrase.Mode], t.Mode(act.Mode));
        page.Field(t[Phrase.Stage], act.Stage);
        page.Field(t[Phrase.ObservedAt], t.Instant(act.ObservedAt));
        page.Field(t[Phrase.Observed], act.Observed);
        page.Field(t[Phrase.WarningDeliveredAt], act.WarningDeliveredAt is { } at ? t.Instant(at) : "—");
        page.Field(t[Phrase.Outcome], t.Outcome(act.Outcome));
        if (act.LogHash is { } hash)
        {
            // P20-P22: the chain's end as signed, so a later change to the log is seen against the act.
            page.Field(t[Phrase.EvidenceLog], $"{act.LogEntries}; {hash}");
        }

        page.Space(2);
        page.Paragraph(t[Phrase.ViolationKept]);
        CommonBlocks.Signatures(page, t, t[Phrase.CommissionSignatures], act.Members);
    }
}
