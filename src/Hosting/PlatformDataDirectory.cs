using Microsoft.Extensions.Configuration;

namespace Platform.Hosting;

/// <summary>
/// <c>Platform:DataDirectory</c>, one folder for the silo and the frontend: where the embedded run keeps what is not
/// in the repository (generated development secrets and signing key, uploaded files). Default: <c>.data</c> in the
/// repository root above the content root (run.sh runs from there; the folder is git-ignored), or in the content root
/// when there is no repository.
/// </summary>
public static class PlatformDataDirectory
{
    public const string Key = "Platform:DataDirectory";

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[Key];
        if (!string.IsNullOrWhiteSpace(configured))
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
