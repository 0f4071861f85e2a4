using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Centers;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// What every page of a center's staff needs first: is the signed-in person staff of this very center (issue 6: another
/// center's pages and cases answer 404, as if they did not exist), and the center's programs with their professions.
/// </summary>
public sealed class CenterDesk(CenterAccess access, IGrainFactory grains)
{
    /// <summary>The signed-in staff member when <paramref name="number"/> is their own center; null (404) otherwise.</summary>
    public PlatformUser? StaffOf(HttpContext context, string number) =>
        SiteUser.Of(context)?.User is { } user && user.IsCenterStaff && user.Center == number
            && access.Check(user, number, AccessIntent.Change) == AccessDecision.Allowed
            ? user
            : null;

    /// <summary>The programs the center runs (its profile), each with its summary when it is loaded.</summary>
    public async Task<IReadOnlyList<ProgramSummary>> ProgramsAsync(string number)
    {
        var profile = await grains.GetGrain<ICenterGrain>(CenterKeys.For(number)).GetProfile();
        var summaries = await Task.WhenAll((profile?.Programs ?? []).Select(code => grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetSummary()));
        return [.. summaries.OfType<ProgramSummary>()];
    }

    /// <summary>A program's profession in the page's language (Russian for English, as the documents are bilingual kk/ru).</summary>
    public static string Profession(ProgramSummary program) => SiteLanguage.Current == "kk" ? program.ProfessionKk : program.ProfessionRu;
}
