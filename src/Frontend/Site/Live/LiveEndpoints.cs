using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Sittings;

namespace Platform.Frontend.Site.Live;

/// <summary>
/// The live dashboard's endpoints besides its pages: the names of sittings that appeared after the page was rendered
/// (ids in the POST body, never in a URL), and the old address <c>/center.html</c>.
/// </summary>
public static class LiveEndpoints
{
    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/center/{number}/live/names", NamesAsync).RequireAuthorization(SittingPolicies.Desk)
            .NotAudited("reads the names of the center's own sittings for its dashboard; changes nothing").ExcludeFromDescription();
        app.MapGet("/center.html", OldAddress).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
        return app;
    }

    /// <summary>Names by sitting id, only of the center's own sittings; 404 for anyone not staff or commission of the center.</summary>
    private static async Task<IResult> NamesAsync(string number, NamesRequest? body, LiveBoard board, HttpContext context) =>
        board.ViewerOf(context, number) is null
            ? Results.NotFound()
            : Results.Json(await board.NamesAsync(number, body?.Sittings ?? [], context.RequestAborted));

    /// <summary>Staff go to their center's dashboard; the operator and the administrator to the national picture; anyone else home.</summary>
    private static IResult OldAddress(HttpContext context) => SiteUser.Of(context)?.User switch
    {
        { Center: { } center } user when user.IsCenterStaff || user.Has(Grains.Procedure.Roles.CommissionMember) =>
            Results.Redirect($"/center/{Uri.EscapeDataString(center)}/live"),
        { } user when user.Has(Grains.Procedure.Roles.Operator) || user.Has(Grains.Procedure.Roles.Administrator) => Results.Redirect("/operator"),
        _ => Results.Redirect(SiteAddresses.Home),
    };

    /// <summary>The body of the names request.</summary>
    public sealed record NamesRequest(IReadOnlyList<string>? Sittings);
}
