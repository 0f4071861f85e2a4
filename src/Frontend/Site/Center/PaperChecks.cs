using Platform.Domain.Identity;
using Platform.Frontend.Validation;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Center;

/// <summary>The paper App.1 checked as the API's validation checks <c>CandidateRegistration</c> and the application (P4, P9).</summary>
public static class PaperChecks
{
    public static CenterOutcome? FirstProblem(PaperForm form, IReadOnlyList<ProgramSummary> programs)
    {
        if (!Iin.TryParse(form.Iin, out _, out _))
        {
            return CenterOutcome.Invalid("Center.Paper.IinInvalid", "iin");
        }

        if ((Name(form.Surname, "surname") ?? Name(form.GivenName, "given-name")) is { } name)
        {
            return name;
        }

        if (form.Patronymic is { } patronymic && TextAttribute.Problem(patronymic, Lengths.Name, false) is not null)
        {
            return CenterOutcome.Invalid("Center.Paper.NameInvalid", "patronymic");
        }

        if (form.HomeAddress.Length == 0 || TextAttribute.Problem(form.HomeAddress, Lengths.Address, true) is not null)
        {
            return CenterOutcome.Invalid("Center.Paper.AddressInvalid", "home-address");
        }

        if (!EmailAttribute.IsAddress(form.Email))
        {
            return CenterOutcome.Invalid("Center.Paper.EmailInvalid", "email");
        }

        if (!PhoneAttribute.IsPhone(form.MobilePhone))
        {
            return CenterOutcome.Invalid("Center.Paper.PhoneInvalid", "mobile-phone");
        }

        if (form.WorkPhone is { } work && !PhoneAttribute.IsPhone(work))
        {
            return CenterOutcome.Invalid("Center.Paper.PhoneInvalid", "work-phone");
        }

        if (!form.ConsentToProcessing)
        {
            return CenterOutcome.Invalid("Center.Paper.ConsentMissing", "consent-processing");
        }

        if (programs.All(p => p.Code != form.ProgramCode))
        {
            return CenterOutcome.Invalid("Center.Paper.ProgramMissing", "program");
        }

        return form.ExamLanguage is "kk" or "ru" ? null : CenterOutcome.Invalid("Center.Paper.LanguageMissing", "exam-language");
    }

    private static CenterOutcome? Name(string text, string field) =>
        text.Length == 0 || TextAttribute.Problem(text, Lengths.Name, false) is not null ? CenterOutcome.Invalid("Center.Paper.NameInvalid", field) : null;
}
