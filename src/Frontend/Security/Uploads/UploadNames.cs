using System.Text.RegularExpressions;

namespace Platform.Frontend.Security.Uploads;

/// <summary>
/// The names the platform gives stored uploads: 32 lower-case hex digits (a random GUID) and the extension of the
/// detected type. An application may list only such a name (issue 11), so no path, no other file, ever reaches the disk.
/// </summary>
public static partial class UploadNames
{
    public static string New(UploadKind kind) => Guid.NewGuid().ToString("N") + kind.Extension;

    public static bool IsWellFormed(string? name) => name is not null && Format().IsMatch(name);

    [GeneratedRegex(@"\A[0-9a-f]{32}\.(pdf|jpg|png)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
