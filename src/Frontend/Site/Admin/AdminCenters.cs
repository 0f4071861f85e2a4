using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Grains.Centers;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Admin;

/// <summary>A center's profile with the OKED subclasses of the programs it runs (the center has none of its own: OKED is the program's, App.2).</summary>
public sealed record CenterCard(CenterProfile Profile, IReadOnlyList<string> Okeds);

/// <summary>
/// Issue 15, centers and staff: the centers registered (<see cref="ICenterCatalogGrain"/>) with their profiles, and the
/// staff record of <see cref="CenterStaff"/> kept by administrators (the form's checks name the field, in the page's language).
/// </summary>
public sealed class AdminCenters(IGrainFactory grains, CenterStaff staff)
{
    public async Task<IReadOnlyList<CenterCard>> ListAsync()
    {
        var numbers = await grains.GetGrain<ICenterCatalogGrain>(CenterKeys.Catalog).GetNumbers();
        var cards = await Task.WhenAll(numbers.Select(ReadAsync));
        return [.. cards.OfType<CenterCard>()];
    }

    public async Task<CenterCard?> ReadAsync(string number)
    {
        if (await grains.GetGrain<ICenterGrain>(CenterKeys.For(number)).GetProfile() is not { } profile)
        {
            return null;
        }

        var programs = await Task.WhenAll(profile.Programs.Select(code => grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetSummary()));
        return new CenterCard(profile, [.. programs.OfType<ProgramSummary>().Select(p => p.Oked).Distinct().Order(StringComparer.Ordinal)]);
    }

    /// <summary>Whether the user is the head of this center (who may read its staff).</summary>
    public static bool IsHeadOf(PlatformUser? user, string number) => user is not null && user.Has(Roles.HeadOfCenter) && user.Center == number;

    /// <summary>Adds or removes a staff member from the center's form; the errors by field (400) or none.</summary>
    public async Task<Dictionary<string, string>> ChangeAsync(HttpContext context, string number, PlatformUser by, IFormCollection form)
    {
        var errors = new Dictionary<string, string>();
        if (form["remove"].ToString().Split('|') is [var removedSubject, var removedRole])
        {
            await staff.RemoveAsync(number, removedSubject, removedRole, context.RequestAborted);
            context.NoteAudit(CenterKeys.For(number), ("action", "staff.remove"), ("staff", removedSubject), ("role", removedRole));
            return errors;
        }

        var (subject, name, role) = (form["subject"].ToString().Trim(), form["name"].ToString().Trim(), form["role"].ToString());
        if (subject.Length is 0 or > 200)
        {
            errors["subject"] = SiteText.Say("Admin.Staff.Error.Subject");
        }

        if (name.Length is 0 or > 200)
        {
            errors["name"] = SiteText.Say("Admin.Staff.Error.Name");
        }

        if (!CenterStaff.Roles.Contains(role))
        {
            errors["role"] = SiteText.Say("Admin.Staff.Error.Role");
        }

        if (errors.Count > 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return errors;
        }

        await staff.AddAsync(number, new StaffMember(subject, role, name, default), by.Subject, context.RequestAborted);
        context.NoteAudit(CenterKeys.For(number), ("action", "staff.add"), ("staff", subject), ("role", role));
        return errors;
    }
}
