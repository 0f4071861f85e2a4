using System.Text;
using Platform.Frontend.Cases;
using Platform.Grains.Candidates;

namespace Platform.Frontend.Site.Me;

/// <summary>The identity form of App.1 as posted: the fields of <see cref="CandidateRegistration"/>, by the same names.</summary>
public sealed class IdentityForm
{
    public string? Iin { get; set; }

    public string? Surname { get; set; }

    public string? GivenName { get; set; }

    public string? Patronymic { get; set; }

    public string? HomeAddress { get; set; }

    public string? Email { get; set; }

    public string? MobilePhone { get; set; }

    public string? WorkPhone { get; set; }

    public bool ConsentToProcessing { get; set; }

    public bool ConsentToNskPlacement { get; set; }

    /// <summary>The form of a person already registered: what they gave, their IIN shown only to them.</summary>
    public static IdentityForm Of(CandidateIdentity identity, string? iin) => new()
    {
        Iin = iin,
        Surname = identity.Name.Surname,
        GivenName = identity.Name.GivenName,
        Patronymic = identity.Name.Patronymic,
        HomeAddress = identity.Contacts.HomeAddress,
        Email = identity.Contacts.Email,
        MobilePhone = identity.Contacts.MobilePhone,
        WorkPhone = identity.Contacts.WorkPhone,
        ConsentToProcessing = identity.ConsentToProcessing,
        ConsentToNskPlacement = identity.ConsentToNskPlacement,
    };

    /// <summary>The request the API takes, the strings trimmed and NFC-normalized as the API's JSON reader does.</summary>
    public CandidateRegistration ToRegistration() => new(
        Clean(Iin)!, Clean(Surname)!, Clean(GivenName)!, Clean(HomeAddress)!, Clean(Email)!, Clean(MobilePhone)!,
        ConsentToProcessing, ConsentToNskPlacement, Clean(Patronymic), Clean(WorkPhone));

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);
}
