using Platform.Domain.Deadlines;
using Platform.Domain.Identity;
using Platform.Domain.Procedure;
using Platform.Frontend.Security.Uploads;
using Platform.Frontend.Site;
using Platform.Frontend.Site.Me;
using Platform.Grains.Documents;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>
/// The portal words every step, deadline and document of SPEC §2 and §4, every reason an IIN is invalid and every
/// reason an upload is refused: keys the pages build from the value, which a scan of literal keys cannot see.
/// </summary>
public sealed class PortalTextTests
{
    [Fact]
    public void EveryStepDeadlineDocumentIinReasonAndUploadRefusalHasItsText()
    {
        var keys = Enum.GetNames<ApplicationState>().Select(name => "Portal.State." + name)
            .Concat(Enum.GetNames<DeadlineKind>().Select(name => "Portal.Deadline." + name))
            .Concat(Enum.GetNames<DocumentKind>().Select(name => "Portal.Document." + name))
            .Concat(Enum.GetNames<IinError>().Select(name => "Apply.Iin." + name))
            .Concat(Enum.GetNames<UploadRejection>().Select(name => "Apply.Upload." + name))
            .Concat(ApplyForm.Kinds.Select(kind => "Apply.Kind." + kind));

        var missing = keys.SelectMany(key => new[] { "en", "ru", "kk" }.Where(language => SiteText.In(language, key) == $"[{key}]").Select(language => $"{key} ({language})"));

        Assert.Empty(missing);
    }
}
