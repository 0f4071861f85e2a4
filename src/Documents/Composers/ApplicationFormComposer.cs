using Platform.Documents.Layout;
using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Composers;

/// <summary>P4.1, App.1: the application, in the order of the form.</summary>
internal static class ApplicationFormComposer
{
    public static void Compose(PageWriter page, ApplicationForm form, DocumentWording t)
    {
        page.Reference(t[Phrase.AppendixOne]);
        Addressing(page, form, t);
        page.Title(t[Phrase.ApplicationTitle], t[Phrase.ApplicationSubtitle]);
        Claim(page, form, t);
        Informal(page, form, t);
        page.Heading(t[Phrase.AttachedDocuments]);
        page.NumberedList(form.AttachedDocuments, t[Phrase.NoneListed]);
        page.Heading(t[Phrase.ConsentHeading]);
        page.Checkbox(form.ConsentToProcessing, t[Phrase.ConsentProcessing]);
        page.Checkbox(form.ConsentToNskPlacement, t[Phrase.ConsentNsk]);
        page.Space(3);
        page.Field(t[Phrase.Date], t.Date(form.SignedOn));
        page.Field(t[Phrase.SignatureMethod], t.Method(form.SignatureMethod));
        page.SignatureLine(t[Phrase.Signature], form.Applicant.Full, null);
    }

    private static void Addressing(PageWriter page, ApplicationForm form, DocumentWording t)
    {
        page.Field(t[Phrase.To], t.Text(form.CenterName));
        page.Field(t[Phrase.From], form.Applicant.Full);
        page.Field(t[Phrase.IinAndBirthDate], $"{form.MaskedIin}, {t.Date(form.BirthDate)}");
        page.Field(t[Phrase.HomeAddress], form.HomeAddress);
        page.Field(t[Phrase.Email], form.Email);
        page.Field(t[Phrase.Phones], string.IsNullOrWhiteSpace(form.WorkPhone) ? form.MobilePhone : $"{form.MobilePhone}, {form.WorkPhone}");
    }

    private static void Claim(PageWriter page, ApplicationForm form, DocumentWording t)
    {
        page.Paragraph(t.Format(Phrase.ApplicationRequest, t.Text(form.Profession)));
        page.Paragraph(t.Format(Phrase.ApplicationLevel, form.NrkLevel));
        page.Paragraph(form.ExistingRecognitionValidUntil is { } until
            ? t.Format(Phrase.ApplicationExistingValidity, t.Date(until))
            : t[Phrase.ApplicationNoExisting]);
    }

    private static void Informal(PageWriter page, ApplicationForm form, DocumentWording t)
    {
        page.Heading(t[Phrase.InformalHeading]);
        page.Field(t[Phrase.InformalKnowledge], t.OrNotStated(form.InformalKnowledge));
        page.Field(t[Phrase.InformalSkills], t.OrNotStated(form.InformalSkills));
    }
}
