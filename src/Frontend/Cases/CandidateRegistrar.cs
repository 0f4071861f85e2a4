using Platform.Domain.Identity;
using Platform.Frontend.Security.Personal;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;

namespace Platform.Frontend.Cases;

/// <summary>
/// Turns an App.1 identity into a candidate grain: the IIN is validated, encrypted and hashed here, at the edge; the
/// grain receives the ciphertext and the masked form, and its key comes from the keyed hash (issue 6).
/// </summary>
public sealed class CandidateRegistrar(IinProtector protector, IGrainFactory grains)
{
    public string KeyOf(Iin iin) => CandidateKeys.FromIin(protector, iin);

    public async Task<CandidateProfile> RegisterAsync(Iin iin, CandidateRegistration registration)
    {
        var key = KeyOf(iin);
        var identity = new CandidateIdentity(
            protector.Protect(iin),
            MaskedIin.Of(iin),
            new PersonName(registration.Surname.Trim(), registration.GivenName.Trim(), string.IsNullOrWhiteSpace(registration.Patronymic) ? null : registration.Patronymic.Trim()),
            iin.BirthDate,
            new CandidateContacts(registration.HomeAddress, registration.Email, registration.MobilePhone, registration.WorkPhone),
            registration.ConsentToProcessing,
            registration.ConsentToNskPlacement);
        await grains.GetGrain<ICandidateGrain>(key).Register(identity);
        return CandidateProfile.From(key, identity);
    }

    /// <summary>A reason the registration is incomplete, or null.</summary>
    public static string? Incomplete(CandidateRegistration registration) =>
        string.IsNullOrWhiteSpace(registration.Surname) || string.IsNullOrWhiteSpace(registration.GivenName)
            ? "surname and given name are required (App.1)"
            : string.IsNullOrWhiteSpace(registration.HomeAddress) || string.IsNullOrWhiteSpace(registration.Email) || string.IsNullOrWhiteSpace(registration.MobilePhone)
                ? "home address, e-mail and mobile phone are required (App.1)"
                : null;
}
