using Platform.Grains.Candidates;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// The names of a page's candidates, for the center's staff (issue 14): the projection holds no names, so the candidate
/// grains of the page's rows — at most 50, read at once — are asked, never more. What was read also keeps the surname
/// search's index current (<see cref="SurnameIndex"/>), so a person registered before it existed is found once seen.
/// </summary>
public sealed class CandidateNames(IGrainFactory grains, SurnameIndex surnames)
{
    public async Task<IReadOnlyDictionary<string, CandidateIdentity>> ReadAsync(IEnumerable<string> candidateKeys, CancellationToken cancellationToken)
    {
        var keys = candidateKeys.Distinct(StringComparer.Ordinal).ToArray();
        var identities = await Task.WhenAll(keys.Select(key => grains.GetGrain<ICandidateGrain>(key).GetIdentity()));
        var found = keys.Zip(identities).Where(pair => pair.Second is not null)
            .ToDictionary(pair => pair.First, pair => pair.Second!, StringComparer.Ordinal);
        await surnames.RecordAsync(found.Select(pair => (pair.Key, pair.Value.Name.Surname)), cancellationToken);
        return found;
    }

    public async Task<InboxPage> NameAsync(InboxPage page, CancellationToken cancellationToken)
    {
        var names = await ReadAsync(page.Rows.Select(row => row.CandidateKey), cancellationToken);
        return page with { Rows = [.. page.Rows.Select(row => row with { Name = names.GetValueOrDefault(row.CandidateKey)?.Name })] };
    }
}
