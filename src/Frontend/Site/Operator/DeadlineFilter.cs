namespace Platform.Frontend.Site.Operator;

/// <summary>The deadline page's filters, from its address (GET): a center, a kind, a standing (atRisk, breached), a page.</summary>
public sealed record DeadlineFilter(string? Center = null, string? Kind = null, string? Standing = null, int Page = 1)
{
    public const int PageSize = 50;

    /// <summary>The center obligations the page counts (SPEC §2): review P5, refusal P5, notice P6, protocol P17, document P18, failure notice P19, appeal decision P22, P23.</summary>
    public static readonly string[] Kinds =
    [
        "completenessReview", "motivatedRefusal", "resubmissionReview", "examNotice", "protocol", "documentIssue", "failureNotice",
        "appealDecision", "appealUpheldDocumentIssue",
    ];

    public static readonly string[] Standings = ["atRisk", "breached"];
}
