using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// What the case page shows of one case: the case as its grain knows it, the documents of the personal file it produced
/// (SPEC §4, oldest first), the issued certificate when there is one, the procedure's "today" in Almaty, and the
/// center and the program as the candidate chose them (null only if one was removed since).
/// </summary>
public sealed record CaseFile(
    CaseView View, IReadOnlyList<DocumentHeader> Documents, Certificate? Certificate, DateOnly Today, CenterProfile? Center, ProgramSummary? Program)
{
    /// <summary>The center's name in the page's language (Kazakh on a Kazakh page, Russian otherwise).</summary>
    public string CenterName => Center is null ? View.CenterNumber : SiteLanguage.Current == "kk" ? Center.NameKk : Center.NameRu;

    /// <summary>The profession in the page's language.</summary>
    public string Profession => Program is null ? View.ProgramCode : SiteLanguage.Current == "kk" ? Program.ProfessionKk : Program.ProfessionRu;

    /// <summary>The steps of the case with the document each produced, oldest first.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => CaseTimeline.Of(View, Documents);

    /// <summary>What the candidate may do now, and the dates that bound it.</summary>
    public OpenActions Open => OpenActions.Of(View, Today);
}
