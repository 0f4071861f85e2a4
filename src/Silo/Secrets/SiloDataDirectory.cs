namespace Platform.Silo.Secrets;

/// <summary>
/// <c>Platform:DataDirectory</c>, resolved as the frontend resolves it (<c>Platform.Frontend.Security.Secrets.PlatformDataDirectory</c>):
/// the configured folder, else <c>.data</c> in the repository root above the content root, else in the content root.
/// </summary>
public static class SiloDataDirectory
{
    public const string Key = "Platform:DataDirectory";

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        if (configuration[Key] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return Path.Combine(dir.FullName, ".data");
            }
        }

        return Path.Combine(contentRoot, ".data");
    }
}
