namespace Platform.Frontend.Site.Commission;

/// <summary>The addresses of the commission's desk and the head's signing desk (case numbers only, never a name).</summary>
public static class DeskAddresses
{
    public static string Commission(string commissionId) => $"/commission/{Uri.EscapeDataString(commissionId)}";

    public static string Case(string commissionId, string caseId) => $"{Commission(commissionId)}/cases/{Uri.EscapeDataString(caseId)}";

    public static string Signing(string center) => $"/center/{Uri.EscapeDataString(center)}/signing";

    /// <summary>A case number as people read it: the first eight characters of its key after "case-".</summary>
    public static string ShortCase(string caseId) => caseId.StartsWith("case-", StringComparison.Ordinal) && caseId.Length > 13 ? caseId[5..13] : caseId;
}
