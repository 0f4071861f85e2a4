using Platform.Frontend.Security.Access;
using Platform.Frontend.Site.Center;
using Platform.Grains.Live;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Live;

/// <summary>
/// What the live dashboard reads: the center live grain's picture (the same the hub answers on joining), with the
/// candidates' names read in one batch (<see cref="CandidateNames"/>). A name is given only for a sitting the center's
/// picture holds, so a viewer cannot ask for any candidate's name by key.
/// </summary>
public sealed class LiveBoard(IGrainFactory grains, CandidateNames names, CenterAccess access)
{
    /// <summary>At most this many names are read in one request of the script.</summary>
    public const int MostNames = 200;

    /// <summary>The viewer when they are staff or a commission member of this very center; null (the page answers 404) otherwise.</summary>
    public LiveViewer? ViewerOf(HttpContext context, string number)
    {
        if (SiteUser.Of(context)?.User is not { } user || user.Center != number)
        {
            return null;
        }

        var staff = user.IsCenterStaff;
        var commission = user.Has(Roles.CommissionMember);
        return (staff || commission) && access.Check(user, number, AccessIntent.Read) == AccessDecision.Allowed
            ? new LiveViewer(user, staff, commission)
            : null;
    }

    /// <summary>The center's sittings now, named, by name; and the platform instant of the picture.</summary>
    public async Task<(IReadOnlyList<LiveRow> Rows, DateTimeOffset At)> PictureAsync(string center, CancellationToken cancellationToken)
    {
        var picture = await Grain(center).GetPicture();
        var named = await NameAsync(picture.Sittings, cancellationToken);
        return ([.. named.OrderBy(row => row.Name, StringComparer.CurrentCulture).ThenBy(row => row.Sitting.SittingId, StringComparer.Ordinal)], picture.At);
    }

    /// <summary>One sitting's row of the center, named; null when the center does not track it.</summary>
    public async Task<LiveRow?> RowAsync(string center, string sittingId, CancellationToken cancellationToken)
    {
        var picture = await Grain(center).GetPicture();
        return (await NameAsync(picture.Sittings.Where(row => row.SittingId == sittingId), cancellationToken)).FirstOrDefault();
    }

    /// <summary>The names of the center's sittings asked for by id (a sitting that appeared after the page was rendered).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(string center, IEnumerable<string> sittingIds, CancellationToken cancellationToken)
    {
        var wanted = sittingIds.Take(MostNames).ToHashSet(StringComparer.Ordinal);
        var picture = await Grain(center).GetPicture();
        var named = await NameAsync(picture.Sittings.Where(row => wanted.Contains(row.SittingId)), cancellationToken);
        return named.ToDictionary(row => row.Sitting.SittingId, row => row.Name, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<LiveRow>> NameAsync(IEnumerable<LiveSitting> sittings, CancellationToken cancellationToken)
    {
        var rows = sittings.ToList();
        var found = await names.ReadAsync(rows.Select(row => row.CandidateKey), cancellationToken);
        return [.. rows.Select(row => new LiveRow(row, found.GetValueOrDefault(row.CandidateKey)?.Name.Full ?? "—"))];
    }

    private ICenterLiveGrain Grain(string center) => grains.GetGrain<ICenterLiveGrain>(LiveKeys.Center(center));
}
