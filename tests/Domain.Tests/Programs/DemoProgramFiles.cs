using System.Runtime.CompilerServices;
using Platform.Domain.Programs;

namespace Platform.Domain.Tests.Programs;

/// <summary>The demo program documents in the checkout (src/Domain/Programs/Demo), found from this source file.</summary>
internal static class DemoProgramFiles
{
    public const string Accountant = "accountant-nrk5.json";
    public const string Welder = "welder-nrk3.json";

    public static string Directory { get; } = Locate();

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    public static QualificationProgram Load(string file) => QualificationProgram.Parse(Read(file));

    public static IEnumerable<string> All() => System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>();

    private static string Locate([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Domain", "Programs", "Demo"));
}
