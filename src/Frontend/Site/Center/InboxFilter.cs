namespace Platform.Frontend.Site.Center;

/// <summary>
/// What the registrar narrowed the inbox to: the step (a case state), the program, the due date of the center's next
/// obligation (from, to: Almaty days, both included), the channel (P4: online or paper), a case number (its start is
/// enough) and the page. All of it travels in the query string; a surname never does (see <see cref="SurnameIndex"/>).
/// </summary>
public sealed record InboxFilter(
    string? Step = null,
    string? Program = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Channel = null,
    string? CaseNumber = null,
    int Page = 1)
{
    public const int PageSize = 50;

    public bool IsEmpty => Step is null && Program is null && From is null && To is null && Channel is null && CaseNumber is null;

    /// <summary>The query string of this filter on another page ("" for the first page of everything).</summary>
    public string Query(int page)
    {
        var parts = new List<string>();
        Add(parts, "step", Step);
        Add(parts, "program", Program);
        Add(parts, "from", From is { } from ? SiteFormat.Iso(from) : null);
        Add(parts, "to", To is { } to ? SiteFormat.Iso(to) : null);
        Add(parts, "channel", Channel);
        Add(parts, "case", CaseNumber);
        if (page > 1)
        {
            parts.Add($"page={page}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
