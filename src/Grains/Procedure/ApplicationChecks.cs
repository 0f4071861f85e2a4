using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>The checks of an application's own fields (P4, App.1, App.2, P9), before anything is read or written.</summary>
internal static class ApplicationChecks
{
    public static Refusal? Validate(SubmitApplication command)
    {
        if (command.By is null || command.CenterNumber is null || command.CandidateKey is null || command.ProgramCode is null)
        {
            return Refusal.Of(Rule.InvalidInput, "ApplicationIncomplete");
        }

        if (Attachments(command.Attachments) is { } attachments)
        {
            return attachments;
        }

        if (!command.PersonalDataConsent)
        {
            return Refusal.Of(Rule.P4, "ConsentMandatory");
        }

        if (command.CenterNumber.Length != 4 || !command.CenterNumber.All(char.IsAsciiDigit))
        {
            return Refusal.Of(Rule.App2, "AccreditationNumber");
        }

        if (command.NrkLevel is < 1 or > 8)
        {
            return Refusal.Of(Rule.App1, "NrkLevel");
        }

        return ExamLanguageChoice.Check(command.ExamLanguage);
    }

    /// <summary>App.1: the list of attached documents; each names its title (a null in the list is not a document).</summary>
    public static Refusal? Attachments(IReadOnlyList<AttachedDocument>? attachments) =>
        attachments is null ? NoList
        : attachments.Any(a => a is null || a.Title is null) ? Refusal.Of(Rule.InvalidInput, "AttachmentUnnamed")
        : null;

    public static readonly Refusal NoList = Refusal.Of(Rule.InvalidInput, "ListMissing");
}
