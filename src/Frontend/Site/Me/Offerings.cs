using Platform.Grains.Centers;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The centers registered and the qualification programs each runs (P4: a candidate applies to a center for a
/// program), read from the catalogs and the grains; names in the page's language (Kazakh, or Russian otherwise).
/// </summary>
public sealed class Offerings(IGrainFactory grains)
{
    public async Task<IReadOnlyList<CenterOffer>> AllAsync()
    {
        var numbers = await grains.GetGrain<ICenterCatalogGrain>(CenterKeys.Catalog).GetNumbers();
        var offers = new List<CenterOffer>();
        foreach (var number in numbers)
        {
            if (await CenterAsync(number) is { } center)
            {
                offers.Add(center);
            }
        }

        return offers;
    }

    /// <summary>A center with the programs it runs that the platform has loaded; null when it is not registered.</summary>
    public async Task<CenterOffer?> CenterAsync(string number)
    {
        if (await grains.GetGrain<ICenterGrain>(CenterKeys.For(number)).GetProfile() is not { } profile)
        {
            return null;
        }

        var programs = new List<ProgramSummary>();
        foreach (var code in profile.Programs)
        {
            if (await ProgramAsync(code) is { } program)
            {
                programs.Add(program);
            }
        }

        return new CenterOffer(profile, programs);
    }

    public Task<ProgramSummary?> ProgramAsync(string code) => grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetSummary();

    /// <summary>The program a center runs, or null when the center or the program is unknown or the center does not run it.</summary>
    public async Task<(CenterOffer Center, ProgramSummary Program)?> FindAsync(string? center, string? program)
    {
        if (center is not { Length: 4 } || !center.All(char.IsAsciiDigit) || program is null || await CenterAsync(center) is not { } offer)
        {
            return null;
        }

        return offer.Programs.FirstOrDefault(p => p.Code == program) is { } found ? (offer, found) : null;
    }
}
