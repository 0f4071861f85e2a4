using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Platform.LoadTest;

/// <summary>
/// Issue 17: the faults the tool injects into a platform of real processes on this machine, two silos and a frontend
/// supervised by <c>run.sh</c> (which starts a process that died again) and a private PostgreSQL; started together by
/// <c>scripts/fault-run.sh</c>. The platform's processes are those whose command line holds this worktree's
/// (<see cref="LoadOptions.PlatformRoot"/>) dll paths: other copies of the platform on the machine are never touched.
/// <list type="bullet">
/// <item><c>kill-silo</c>: <c>kill -9</c> of the younger silo; run.sh starts it again.</item>
/// <item><c>postgres</c>: PostgreSQL stopped (fast shutdown) for <see cref="LoadOptions.FaultLength"/> seconds, then
/// started on its port (<c>scripts/postgres.sh</c>, which runs it as the <c>postgres</c> user).</item>
/// <item><c>frontend</c>: the frontend stopped (SIGTERM, a restart as a deployment does it); run.sh starts it again.</item>
/// <item><c>partition</c>: silo 2, in its own network namespace (<c>scripts/netns.sh</c>), cut off with nft for
/// <see cref="LoadOptions.FaultLength"/> seconds.</item>
/// <item><c>none</c>: nothing (the reference run).</item>
/// </list>
/// </summary>
public sealed class ProcessFault(LoadOptions options) : IFault
{
    private static readonly TimeSpan BackWithin = TimeSpan.FromSeconds(180);

    public string Name => options.Fault ?? "none";

    private string Root => Path.GetFullPath(options.PlatformRoot ?? Directory.GetCurrentDirectory());

    /// <summary>The command-line part that names this worktree's silos.</summary>
    public string SiloCommandLine => Path.Combine(Root, "src", "Silo", "bin") + "/";

    /// <summary>The command-line part that names this worktree's frontend.</summary>
    public string FrontendCommandLine => Path.Combine(Root, "src", "Frontend", "bin") + "/";

    public Task<string> InjectAsync(Action<string> say, CancellationToken cancel) => Name switch
    {
        "kill-silo" => KillSiloAsync(say, cancel),
        "postgres" => StopPostgresAsync(say, cancel),
        "frontend" => RestartFrontendAsync(say, cancel),
        "partition" => PartitionAsync(say, cancel),
        _ => Task.FromResult("no fault (the reference run)"),
    };

    private async Task<string> KillSiloAsync(Action<string> say, CancellationToken cancel)
    {
        var silos = ProcessSampler.WithCommandLine(SiloCommandLine);
        if (silos.Count < 2)
        {
            throw new InvalidOperationException($"kill-silo needs two silos of {Root} (SILOS=2 ./run.sh); found {silos.Count}");
        }

        var victim = silos[^1];
        using (var process = Process.GetProcessById(victim))
        {
            process.Kill();
        }

        var clock = Stopwatch.StartNew();
        say(F($"fault: kill -9 of silo pid {victim}"));
        var back = await NewProcessAsync(SiloCommandLine, silos, cancel);
        return back is { } pid
            ? F($"kill -9 of silo pid {victim}; run.sh started it again as pid {pid} after {clock.Elapsed.TotalSeconds:0.0} s")
            : F($"kill -9 of silo pid {victim}; NOT started again within {BackWithin.TotalSeconds:0} s");
    }

    private async Task<string> StopPostgresAsync(Action<string> say, CancellationToken cancel)
    {
        var data = options.PostgresData ?? throw new InvalidOperationException("--fault postgres needs --postgres-data DIR (the cluster's folder)");
        var port = new NpgsqlConnectionStringBuilder(options.Postgres).Port;
        var clock = Stopwatch.StartNew();
        await ScriptAsync(cancel, "postgres.sh", "stop", data);
        var stoppedIn = clock.Elapsed;
        say(F($"fault: PostgreSQL stopped ({stoppedIn.TotalSeconds:0.0} s); started again in {options.FaultLength:0} s"));
        await Task.Delay(TimeSpan.FromSeconds(options.FaultLength), cancel);
        await ScriptAsync(cancel, "postgres.sh", "start", data, port.ToString(CultureInfo.InvariantCulture));
        return F($"PostgreSQL stopped (fast shutdown, {stoppedIn.TotalSeconds:0.0} s), down {options.FaultLength:0} s, started again on port {port} ({clock.Elapsed.TotalSeconds:0.0} s in all)");
    }

    private async Task<string> RestartFrontendAsync(Action<string> say, CancellationToken cancel)
    {
        var frontends = ProcessSampler.WithCommandLine(FrontendCommandLine);
        if (frontends.Count == 0)
        {
            throw new InvalidOperationException($"--fault frontend: no frontend of {Root} runs");
        }

        var clock = Stopwatch.StartNew();
        await RunAsync("kill", ["-TERM", frontends[0].ToString(CultureInfo.InvariantCulture)], cancel);
        say(F($"fault: the frontend (pid {frontends[0]}) stopped with SIGTERM"));
        var back = await NewProcessAsync(FrontendCommandLine, frontends, cancel);
        if (back is null)
        {
            return F($"frontend pid {frontends[0]} stopped (SIGTERM); NOT started again within {BackWithin.TotalSeconds:0} s");
        }

        using var http = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < BackWithin && !await ReadyAsync(http, cancel))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancel);
        }

        return F($"frontend pid {frontends[0]} stopped (SIGTERM); run.sh started it again as pid {back}, ready after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Silo 2's namespace cut off with nft for the fault's length, then let through again (<c>scripts/netns.sh</c>).</summary>
    private async Task<string> PartitionAsync(Action<string> say, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        await ScriptAsync(cancel, "netns.sh", "cut");
        say(F($"fault: silo 2's network cut off for {options.FaultLength:0} s"));
        await Task.Delay(TimeSpan.FromSeconds(options.FaultLength), cancel);
        await ScriptAsync(cancel, "netns.sh", "mend");
        return F($"silo 2's namespace cut off (nft drop) for {options.FaultLength:0} s, then mended ({clock.Elapsed.TotalSeconds:0.0} s in all)");
    }

    private static async Task<bool> ReadyAsync(HttpClient http, CancellationToken cancel)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready", cancel);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>A process of the command line that was not among the old ones (run.sh's restart), or null after <see cref="BackWithin"/>.</summary>
    private static async Task<int?> NewProcessAsync(string commandLine, IReadOnlyList<int> old, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < BackWithin)
        {
            if (ProcessSampler.WithCommandLine(commandLine).Except(old).FirstOrDefault() is var pid and > 0)
            {
                return pid;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancel);
        }

        return null;
    }

    private Task ScriptAsync(CancellationToken cancel, string script, params string[] args) =>
        RunAsync(Path.Combine(Root, "scripts", script), args, cancel);

    private static async Task RunAsync(string command, string[] args, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {command}");
        var (output, errors) = (process.StandardOutput.ReadToEndAsync(cancel), process.StandardError.ReadToEndAsync(cancel));
        await process.WaitForExitAsync(cancel);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)}: exit {process.ExitCode}: {(await errors).Trim()} {(await output).Trim()}");
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
