using Platform.Domain.Identity;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Personal;
using Platform.Grains.Candidates;
using static Platform.Frontend.Site.SiteText;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The identity form (App.1) behind <c>/me/identity</c>: the API's checks of <see cref="CandidateRegistration"/>, the
/// IIN's own reason when it is invalid, the IIN the signed-in person's own, and the consent to processing personal
/// data that P4 makes mandatory; then the same registration as <c>PUT /api/v1/candidates/me</c>.
/// </summary>
public sealed class CandidateIdentities(CandidateRegistrar registrar, IinProtector protector, IGrainFactory grains, PageAudit audit)
{
    public async Task<CandidateIdentity?> FindAsync(PlatformUser user) =>
        user.CandidateKey is { } key ? await grains.GetGrain<ICandidateGrain>(key).GetIdentity() : null;

    /// <summary>The form of a registered person, their IIN in clear (only they see it, on their own form).</summary>
    public IdentityForm FormOf(CandidateIdentity identity)
    {
        string? iin;
        try
        {
            iin = protector.Unprotect(identity.ProtectedIin).Value;
        }
        catch (Exception)
        {
            iin = null;
        }

        return IdentityForm.Of(identity, iin);
    }

    /// <summary>Registers the person; the problems by field when it cannot (nothing is changed then).</summary>
    public async Task<Dictionary<string, string>> RegisterAsync(PlatformUser user, IdentityForm form, HttpContext context)
    {
        var registration = form.ToRegistration();
        var errors = FieldChecks.Of(registration);
        if (!Iin.TryParse(registration.Iin, out _, out var iinError))
        {
            errors[nameof(IdentityForm.Iin)] = IinReason(iinError);
        }

        if (!form.ConsentToProcessing)
        {
            errors[nameof(IdentityForm.ConsentToProcessing)] = Say("Apply.Identity.ConsentRequired");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var own = await registrar.RegisterOwnAsync(user.CandidateKey, registration);
        if (own.Profile is not { } profile)
        {
            errors[nameof(IdentityForm.Iin)] = own.InvalidIin == IinError.None ? Say("Apply.Identity.NotYourIin") : IinReason(own.InvalidIin);
            return errors;
        }

        await audit.RecordAsync(context, "candidate.register", profile.CandidateKey, ("identity", CandidateRegistrar.AuditOutcome(own.Change)));
        return errors;
    }

    /// <summary>Why an IIN is invalid, in the page's language (the script of the form says the same).</summary>
    public static string IinReason(IinError error) => Say("Apply.Iin." + error);
}
