using System.Diagnostics;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Operations;

/// <summary>Runs the operators' scripts of <c>scripts/</c> as an operator would: bash, settings in the environment.</summary>
public static class OperationsScripts
{
    /// <summary>Runs <c>scripts/&lt;script&gt;</c> and returns its standard output (trimmed); a failure names the script and its error output.</summary>
    public static async Task<string> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/{script} ended with {process.ExitCode}: {await error}");
        return (await output).Trim();
    }
}
