using System.Reflection;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// The checkout the tests were built from, so they can call the project's own scripts and read its files,
/// wherever the build put the test assembly (also under <c>--artifacts-path</c>).
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var built = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(System.IO.Path.Combine(built, "Platform.sln")))
        {
            return System.IO.Path.GetFullPath(built);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Platform.sln not found from " + AppContext.BaseDirectory);
    }
}
