using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// A paper App.1 as the registrar copies it (P4): who the person is, the consents their signed form gives, the program
/// and exam language (P9), and the scans of the documents handed in, each with its kind.
/// </summary>
public sealed record PaperForm(
    Guid CommandId,
    string Iin,
    string Surname,
    string GivenName,
    string? Patronymic,
    string HomeAddress,
    string Email,
    string MobilePhone,
    string? WorkPhone,
    bool ConsentToProcessing,
    bool ConsentToNskPlacement,
    string ProgramCode,
    string ExamLanguage,
    IReadOnlyList<(AttachmentKind Kind, IFormFile File)> Scans)
{
    /// <summary>The scans a paper application may carry, one file input each (P4 2)-4)).</summary>
    public static readonly AttachmentKind[] ScanKinds =
        [AttachmentKind.Education, AttachmentKind.WorkExperience, AttachmentKind.EarlierRecognition, AttachmentKind.Other];

    public static PaperForm Read(IFormCollection form) => new(
        Guid.TryParse(form["commandId"], out var id) ? id : Guid.NewGuid(),
        Value(form, "iin"), Value(form, "surname"), Value(form, "given-name"), Optional(form, "patronymic"),
        Value(form, "home-address"), Value(form, "email"), Value(form, "mobile-phone"), Optional(form, "work-phone"),
        form["consent-processing"] == "on", form["consent-nsk"] == "on",
        Value(form, "program"), Value(form, "exam-language"),
        [.. ScanKinds.Select(kind => (kind, form.Files.GetFile("scan-" + kind)))
            .Where(scan => scan.Item2 is { Length: > 0 }).Select(scan => (scan.kind, scan.Item2!))]);

    private static string Value(IFormCollection form, string name) => form[name].ToString().Trim().Normalize();

    private static string? Optional(IFormCollection form, string name) => Value(form, name) is { Length: > 0 } text ? text : null;
}
