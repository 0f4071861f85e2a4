using Platform.Domain.Identity;
using Platform.Frontend.Security.Personal;
using Platform.Frontend.Site.Center;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;

namespace Platform.Frontend.Cases;

/// <summary>
/// Turns an App.1 identity into a candidate grain: the IIN is validated, encrypted and hashed here, at the edge; the
/// grain receives the ciphertext and the masked form, and its key comes from the keyed hash (issue 6).
/// </summary>
public sealed class CandidateRegistrar(IinProtector protector, IGrainFactory grains, SurnameIndex surnames)
{
    public string KeyOf(Iin iin) => CandidateKeys.FromIin(protector, iin);

    /// <summary>
    /// The signed-in candidate registering themselves (<c>PUT /api/v1/candidates/me</c> and the site's identity form):
    /// the IIN must be valid and their own (the key their sign-in carries); then as <see cref="RegisterAsync"/>.
    /// </summary>
    public async Task<OwnRegistration> RegisterOwnAsync(string? candidateKey, CandidateRegistration registration)
    {
        if (!Iin.TryParse(registration.Iin, out var iin, out var error))
        {
            return new OwnRegistration(error, null, IdentityChange.Unchanged);
        }

        if (KeyOf(iin) != candidateKey)
        {
            return new OwnRegistration(IinError.None, null, IdentityChange.Unchanged);
        }

        var (profile, change) = await RegisterAsync(iin, registration);
        return new OwnRegistration(IinError.None, profile, change);
    }

    /// <summary>The person's own registration (they may change their identity and contacts); what it changed.</summary>
    public async Task<(CandidateProfile Profile, IdentityChange Change)> RegisterAsync(Iin iin, CandidateRegistration registration)
    {
        var key = KeyOf(iin);
        var identity = IdentityOf(iin, registration);
        var change = await grains.GetGrain<ICandidateGrain>(key).Register(identity);
        await surnames.RecordAsync([(key, identity.Name.Surname)]);
        return (CandidateProfile.From(key, identity), change);
    }

    /// <summary>
    /// Staff registering a paper App.1: the key and <see cref="IdentityChange.Created"/> or
    /// <see cref="IdentityChange.AttachedExisting"/>; on <see cref="IdentityChange.Mismatch"/> the key must not be told.
    /// </summary>
    public async Task<(string Key, IdentityChange Change)> RegisterFromPaperAsync(Iin iin, CandidateRegistration registration)
    {
        var key = KeyOf(iin);
        var identity = IdentityOf(iin, registration);
        var change = await grains.GetGrain<ICandidateGrain>(key).RegisterFromPaper(identity);
        if (change == IdentityChange.Created)
        {
            // The registrar's search finds the person by surname (issue 14); an existing person's entry is theirs already.
            await surnames.RecordAsync([(key, identity.Name.Surname)]);
        }

        return (key, change);
    }

    /// <summary>How the audit entry says what a registration did to the person's identity.</summary>
    public static string AuditOutcome(IdentityChange change) => change switch
    {
        IdentityChange.Created => "created",
        IdentityChange.Updated => "updated",
        IdentityChange.AttachedExisting => "attached-unchanged",
        _ => "unchanged",
    };

    private CandidateIdentity IdentityOf(Iin iin, CandidateRegistration registration) => new(
        protector.Protect(iin),
        MaskedIin.Of(iin),
        new PersonName(registration.Surname.Trim(), registration.GivenName.Trim(), string.IsNullOrWhiteSpace(registration.Patronymic) ? null : registration.Patronymic.Trim()),
        iin.BirthDate,
        new CandidateContacts(registration.HomeAddress, registration.Email, registration.MobilePhone, registration.WorkPhone),
        registration.ConsentToProcessing,
        registration.ConsentToNskPlacement);
}
