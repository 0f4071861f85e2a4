using Platform.Grains.Centers;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Me;

/// <summary>A recognition center and the programs it runs.</summary>
public sealed record CenterOffer(CenterProfile Profile, IReadOnlyList<ProgramSummary> Programs)
{
    public string Name => SiteLanguage.Current == "kk" ? Profile.NameKk : Profile.NameRu;

    public string Address => SiteLanguage.Current == "kk" ? Profile.AddressKk : Profile.AddressRu;

    public static string Profession(ProgramSummary program) => SiteLanguage.Current == "kk" ? program.ProfessionKk : program.ProfessionRu;
}
