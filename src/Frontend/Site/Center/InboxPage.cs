namespace Platform.Frontend.Site.Center;

/// <summary>One page of the inbox: its rows, how many cases the filter found, and where the page stands.</summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + InboxFilter.PageSize - 1) / InboxFilter.PageSize);
}
