using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>
/// <c>/hubs/center</c>: the live dashboards (SPEC §5). Center staff and commission members of a center join it and get
/// its whole picture first (the answer of <see cref="JoinCenter"/>), then every change ("SittingChanged", a row with a
/// growing revision); the national operator joins the counts per center ("CountsChanged"). A reconnecting dashboard
/// joins again and so reads the picture again. The operator connects without negotiation (WebSockets only):
/// <see cref="OperatorChangesNothing"/> refuses them the POST of /negotiate.
/// </summary>
[Authorize(Policy = SittingPolicies.Watcher)]
public sealed class CenterHub(CenterWatch centers, NationalWatch national, CenterAccess access, IGrainFactory grains, IOptions<PlatformAuthOptions> auth) : Hub
{
    public const string Path = "/hubs/center";
    public const string SittingChangedMessage = "SittingChanged";
    public const string CountsChangedMessage = "CountsChanged";
    public const string NationalGroup = "national";

    public static string GroupOf(string center) => "center-" + center;

    /// <summary>Watches a center the caller may read (CenterAccess): its picture now, its changes after.</summary>
    [Authorize(Policy = SittingPolicies.Watcher)]
    public async Task<CenterPicture> JoinCenter(string center)
    {
        var user = PlatformUser.From(Context.User!, auth.Value)!;
        if (center.Length != 4 || !center.All(char.IsAsciiDigit) || access.Check(user, center, AccessIntent.Read) != AccessDecision.Allowed)
        {
            throw new HubException("There is no such center among yours.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(center));
        await centers.JoinAsync(center, Context.ConnectionId);
        return await grains.GetGrain<ICenterLiveGrain>(LiveKeys.Center(center)).GetPicture();
    }

    /// <summary>The operator's counts per center: now, then each change.</summary>
    [Authorize(Policy = Policies.Operator)]
    public async Task<NationalCounts> JoinNational()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, NationalGroup);
        await national.JoinAsync(LiveKeys.National, Context.ConnectionId);
        return await grains.GetGrain<INationalLiveGrain>(LiveKeys.National).GetCounts();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await centers.LeaveAsync(Context.ConnectionId);
        await national.LeaveAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
