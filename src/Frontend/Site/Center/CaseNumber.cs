namespace Platform.Frontend.Site.Center;

/// <summary>
/// A case's number as staff read and type it: the case id ("case-" and 32 hex digits, 37 characters) is too long for a
/// table column, so pages show its first 8 digits. The inbox's search takes any beginning of the id
/// (<see cref="InboxReader.CasePrefix"/>), so the short number finds the case; links keep the whole id.
/// </summary>
public static class CaseNumber
{
    private const string Prefix = "case-";
    private const int ShortLength = 8;

    /// <summary>The first 8 digits of a generated id; an id of another shape (test or imported data) after its "case-".</summary>
    public static string Short(string caseId)
    {
        var digits = caseId.StartsWith(Prefix, StringComparison.Ordinal) ? caseId[Prefix.Length..] : caseId;
        return digits.Length == 32 && digits.All(Uri.IsHexDigit) ? digits[..ShortLength] : digits;
    }
}
