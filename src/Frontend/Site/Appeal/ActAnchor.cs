namespace Platform.Frontend.Site.Appeal;

/// <summary>The log's entry and hash a signed violation act printed (P14), checked against the log as read now.</summary>
public sealed record ActAnchor(long Entries, string Hash, bool Matches);
