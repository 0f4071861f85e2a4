using System.Diagnostics;

namespace Platform.Integration.Tests.Foundation;

public sealed class StartupTests
{
    [Fact]
    public async Task ASiloThatCannotReachPostgresSaysSoInOneLineAndExits()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Platform.Silo.dll"));
        start.Environment["PLATFORM_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=postgres;Password=x;Database=platform;Timeout=3";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";

        using var silo = Process.Start(start)!;
        var output = silo.StandardOutput.ReadToEndAsync();
        var errors = (await silo.StandardError.ReadToEndAsync()).Trim();
        await silo.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await output;

        Assert.Equal(1, silo.ExitCode);
        var line = Assert.Single(errors.Split('\n'));
        Assert.StartsWith("silo: PostgreSQL is not reachable at 127.0.0.1:1/platform", line);
        Assert.Contains("PLATFORM_POSTGRES", line);
    }
}
