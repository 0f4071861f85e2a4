using Platform.Grains.Candidates;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// The names of a page's candidates, for the staff desks (issue 14: the inbox, the scheduling and exam-day pages, the
/// signing desk, the commissions' desks): the projection holds no names, so the candidate grains of the page's rows are
/// asked, all at once, never more. What was read also keeps the surname search's index current
/// (<see cref="SurnameIndex"/>), so a person registered before it existed is found once seen. Names stay in the page:
/// never in an address or a log.
/// </summary>
public sealed class CandidateNames(IGrainFactory grains, SurnameIndex surnames)
{
    /// <summary>What a desk shows for a candidate with no identity registered.</summary>
    public const string Unknown = "—";

    public async Task<IReadOnlyDictionary<string, CandidateIdentity>> ReadAsync(IEnumerable<string> candidateKeys, CancellationToken cancellationToken)
    {
        var keys = candidateKeys.Distinct(StringComparer.Ordinal).ToArray();
        var identities = await Task.WhenAll(keys.Select(key => grains.GetGrain<ICandidateGrain>(key).GetIdentity()));
        var found = keys.Zip(identities).Where(pair => pair.Second is not null)
            .ToDictionary(pair => pair.First, pair => pair.Second!, StringComparer.Ordinal);
        await surnames.RecordAsync(found.Select(pair => (pair.Key, pair.Value.Name.Surname)), cancellationToken);
        return found;
    }

    /// <summary>Each candidate's full name (<see cref="Unknown"/> for one with no identity), read in one batch.</summary>
    public async Task<IReadOnlyDictionary<string, string>> FullNamesAsync(IEnumerable<string> candidateKeys, CancellationToken cancellationToken)
    {
        var keys = candidateKeys.Distinct(StringComparer.Ordinal).ToArray();
        var identities = await ReadAsync(keys, cancellationToken);
        return keys.ToDictionary(key => key, key => identities.GetValueOrDefault(key)?.Name.Full ?? Unknown, StringComparer.Ordinal);
    }

    /// <summary>One candidate's full name, for a page about one case.</summary>
    public async Task<string> FullNameAsync(string candidateKey, CancellationToken cancellationToken) =>
        (await FullNamesAsync([candidateKey], cancellationToken))[candidateKey];

    public async Task<InboxPage> NameAsync(InboxPage page, CancellationToken cancellationToken)
    {
        var names = await ReadAsync(page.Rows.Select(row => row.CandidateKey), cancellationToken);
        return page with { Rows = [.. page.Rows.Select(row => row with { Name = names.GetValueOrDefault(row.CandidateKey)?.Name })] };
    }
}
