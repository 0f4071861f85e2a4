using System.Text.Json;
using Npgsql;
using Platform.Domain.Procedure;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Grains.Candidates;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The portal's reading: the identity from the candidate grain, the cases from the case projection (the service of
/// <c>GET /api/v1/candidates/me/cases</c>, never grain state), and the personal file's index.
/// </summary>
public sealed class PortalReader(IGrainFactory grains, NpgsqlDataSource data, Offerings offerings)
{
    public async Task<PortalView> ReadAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        if (user.CandidateKey is not { } key)
        {
            return new PortalView(null, [], []);
        }

        var candidate = grains.GetGrain<ICandidateGrain>(key);
        var identity = await candidate.GetIdentity();
        var items = await CaseListApi.OwnCasesAsync(data, key, cancellationToken);
        var cases = new List<PortalCase>();
        foreach (var item in items)
        {
            cases.Add(await CaseOfAsync(item));
        }

        return new PortalView(identity, cases, await candidate.GetPersonalFile());
    }

    private async Task<PortalCase> CaseOfAsync(CaseListItem item)
    {
        var center = await offerings.CenterAsync(item.CenterNumber);
        var program = await offerings.ProgramAsync(item.ProgramCode);
        var state = Enum.TryParse<ApplicationState>(item.State, ignoreCase: true, out var parsed) ? parsed : ApplicationState.Registered;
        var (kind, due) = CurrentDeadline(item.Deadlines);
        return new PortalCase(
            item.CaseId,
            center?.Name ?? item.CenterNumber,
            program is null ? item.ProgramCode : CenterOffer.Profession(program),
            program?.NrkLevel ?? 0,
            state,
            kind,
            due);
    }

    /// <summary>The deadline that runs now: open (not met, not closed), the soonest due.</summary>
    private static (string? Kind, DateTimeOffset? DueAt) CurrentDeadline(JsonElement deadlines)
    {
        if (deadlines.ValueKind != JsonValueKind.Array)
        {
            return (null, null);
        }

        var open = deadlines.EnumerateArray()
            .Where(d => d.GetProperty("status").GetString() is "open" or "atRisk" or "breached"
                && (!d.TryGetProperty("metAt", out var met) || met.ValueKind == JsonValueKind.Null))
            .Select(d => (Kind: d.GetProperty("kind").GetString(), DueAt: d.GetProperty("dueAt").GetDateTimeOffset()))
            .OrderBy(d => d.DueAt)
            .FirstOrDefault();
        return open.Kind is null ? (null, null) : (char.ToUpperInvariant(open.Kind[0]) + open.Kind[1..], open.DueAt);
    }
}
