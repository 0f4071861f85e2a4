using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Platform.Frontend.Security;
using Platform.Frontend.Site.Components;
using Platform.Frontend.Site.Me;

namespace Platform.Frontend.Site;

/// <summary>
/// The web site: Blazor components rendered on the server (static rendering: every page is HTML, every form a plain
/// post with an antiforgery token, so it works without script and is light on a phone), in the API's process, with its
/// authorization and its grains.
/// </summary>
public static class SiteExtensions
{
    public static WebApplicationBuilder AddPlatformSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        // Kazakh and Russian text written as it is, not as numeric character references six times its size.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "qrp_antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Before the fault handler, which answers the API's faults.
        builder.Services.AddExceptionHandler<PageExceptionHandler>();
        Me.Case.CasePageServices.AddCasePage(builder.Services);
        Commission.DeskServices.AddStaffDesks(builder.Services);
        builder.Services.AddPortalServices();
        Center.CenterPageServices.AddCenterPages(builder.Services);
        Appeal.AppealServices.AddAppealDesk(builder.Services);
        Schedule.ScheduleServices.AddSchedulePages(builder.Services);
        Admin.AdminServices.AddAdminPages(builder.Services);
        Live.LiveServices.AddLivePages(builder.Services);
        Operator.OperatorPageServices.AddOperatorPages(builder.Services);
        return builder;
    }

    /// <summary>
    /// After authorization (a page's policy is checked first) and before the endpoints: the antiforgery check, and the
    /// site's own page for a form it cannot accept (<see cref="StaleForms"/>).
    /// </summary>
    public static WebApplication UseSiteForms(this WebApplication app)
    {
        app.UseAntiforgery();
        app.UseMiddleware<AntiforgeryFaults>();
        app.UseMiddleware<StaleForms>();
        return app;
    }

    public static WebApplication MapPlatformSite(this WebApplication app)
    {
        app.MapRazorComponents<App>().Add(endpoint =>
        {
            // Blazor's redirect helper for enhanced navigation, which the site does not use: named like every endpoint.
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/_framework/opaque-redirect" })
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(Policies.SignedIn));
            }
        });
        app.MapSiteEndpoints();
        Signing.SigningDocuments.MapSigningDocuments(app);
        app.MapPortalEndpoints();
        Appeal.AppealDocuments.MapAppealDocuments(app);
        Live.LiveEndpoints.MapLiveEndpoints(app);
        Operator.StatisticsCsv.MapOperatorStatisticsCsv(app);
        return app;
    }
}
