namespace Platform.Frontend.Site.Appeal;

/// <summary>The addresses of the appeal commission's desk (commission and case numbers only, never a name).</summary>
public static class AppealAddresses
{
    public static string Commission(string commissionId) => $"/appeal/{Uri.EscapeDataString(commissionId)}";

    public static string Case(string commissionId, string caseId) => $"{Commission(commissionId)}/cases/{Uri.EscapeDataString(caseId)}";

    public static string Document(string commissionId, string caseId, Guid documentId, string language) =>
        $"{Case(commissionId, caseId)}/documents/{documentId:N}.pdf?lang={language}";
}
