namespace Platform.Grains.Documents;

/// <summary>
/// The application for the recognition procedure (P4.1, App.1). The IIN is printed masked (<see cref="MaskedIin"/>):
/// the real number is kept encrypted elsewhere, never in a document's content.
/// </summary>
/// <param name="CenterName">The recognition center the application is addressed to.</param>
/// <param name="Applicant">Full name, patronymic optional.</param>
/// <param name="MaskedIin">The IIN with all but the last four digits hidden.</param>
/// <param name="BirthDate">Year, day and month of birth.</param>
/// <param name="HomeAddress">Address of residence.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="MobilePhone">Contact phone, mobile.</param>
/// <param name="WorkPhone">Contact phone, work, if any.</param>
/// <param name="Profession">The profession whose qualification is to be established.</param>
/// <param name="NrkLevel">The level of the National Qualifications Framework claimed (1-8).</param>
/// <param name="ExistingRecognitionValidUntil">Validity of an earlier recognition document establishing the level, if any.</param>
/// <param name="InformalKnowledge">Informal learning: "I have knowledge of …", if any.</param>
/// <param name="InformalSkills">Informal learning: "I have the abilities and skills of …", if any.</param>
/// <param name="AttachedDocuments">The documents attached (P4.2-P4.4).</param>
/// <param name="ConsentToProcessing">Consent to processing personal data during the procedure (mandatory).</param>
/// <param name="ConsentToNskPlacement">Consent to placing the personal data on the NSK digital platform.</param>
/// <param name="SignedOn">The date of the application.</param>
/// <param name="SignatureMethod">Paper (registered by staff) or electronic (submitted through the platform).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.ApplicationForm")]
public sealed record ApplicationForm(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Applicant,
    [property: Id(2)] string MaskedIin,
    [property: Id(3)] DateOnly BirthDate,
    [property: Id(4)] string HomeAddress,
    [property: Id(5)] string Email,
    [property: Id(6)] string MobilePhone,
    [property: Id(7)] string? WorkPhone,
    [property: Id(8)] BilingualText Profession,
    [property: Id(9)] int NrkLevel,
    [property: Id(10)] DateOnly? ExistingRecognitionValidUntil,
    [property: Id(11)] string? InformalKnowledge,
    [property: Id(12)] string? InformalSkills,
    [property: Id(13)] IReadOnlyList<string> AttachedDocuments,
    [property: Id(14)] bool ConsentToProcessing,
    [property: Id(15)] bool ConsentToNskPlacement,
    [property: Id(16)] DateOnly SignedOn,
    [property: Id(17)] SignatureMethod SignatureMethod) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.ApplicationForm;
}
