using Platform.Grains.Centers;

namespace Platform.Frontend.Site.Operator;

/// <summary>The centers registered (the center catalog) with their names in the page's language: Kazakh, or Russian otherwise.</summary>
public sealed class OperatorCenters(IGrainFactory grains)
{
    /// <summary>Every registered center's name by its number, in number order.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(string language)
    {
        var numbers = await grains.GetGrain<ICenterCatalogGrain>(CenterKeys.Catalog).GetNumbers();
        var profiles = await Task.WhenAll(numbers.Select(number => grains.GetGrain<ICenterGrain>(CenterKeys.For(number)).GetProfile()));
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, profile) in numbers.Zip(profiles))
        {
            names[number] = profile is null ? number : NameOf(profile, language);
        }

        return names;
    }

    /// <summary>A registered center's name, or null when there is no such center.</summary>
    public async Task<string?> NameAsync(string number, string language)
    {
        if (number is not { Length: 4 } || !number.All(char.IsAsciiDigit))
        {
            return null;
        }

        var profile = await grains.GetGrain<ICenterGrain>(CenterKeys.For(number)).GetProfile();
        return profile is null ? null : NameOf(profile, language);
    }

    public static string NameOf(CenterProfile profile, string language) => language == "kk" ? profile.NameKk : profile.NameRu;
}
