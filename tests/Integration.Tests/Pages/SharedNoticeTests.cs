using Platform.Frontend.Site;
using Platform.Frontend.Site.Components;

namespace Platform.Integration.Tests.Pages;

/// <summary>
/// Issue 14: every staff desk answers its forms with one notice component (done, refused under a rule, invalid input),
/// so two components of one name never collide and a desk never has to name one by its namespace.
/// </summary>
public sealed class SharedNoticeTests
{
    [Fact]
    public void TheSiteHasOneOutcomeNoticeAndBothKindsOfOutcomeFitIt()
    {
        var notices = typeof(App).Assembly.GetTypes().Where(type => type.Name == "OutcomeNotice").ToList();

        var notice = Assert.Single(notices);
        Assert.Equal("Platform.Frontend.Site.Components.Shared", notice.Namespace);
        Assert.True(typeof(IFormOutcome).IsAssignableFrom(typeof(Frontend.Site.Center.CenterOutcome)));
        Assert.True(typeof(IFormOutcome).IsAssignableFrom(typeof(Frontend.Site.Commission.DeskOutcome)));
    }

    [Fact]
    public void ARefusalUnderARuleAndInvalidInputAreToldApart()
    {
        IFormOutcome refused = new Frontend.Site.Commission.DeskOutcome(409, "…", "P17");
        IFormOutcome invalid = new Frontend.Site.Center.CenterOutcome(400, "…", "surname");

        Assert.True(refused.IsRefusal);
        Assert.False(refused.IsDone);
        Assert.False(invalid.IsRefusal);
        Assert.Equal("surname", invalid.Field);
        Assert.True(((IFormOutcome)Frontend.Site.Commission.DeskOutcome.Done).IsDone);
    }
}
