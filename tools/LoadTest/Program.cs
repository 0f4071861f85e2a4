namespace Platform.LoadTest;

/// <summary>
/// Issue 7: <c>dotnet run -c Release --project tools/LoadTest -- --candidates 1000 --duration 60</c> against a platform
/// started by <c>./run.sh</c> with the Development flags <c>Platform__Development__SyntheticCandidates=true</c> and
/// <c>Platform__Development__AdjustableClock=true</c>. Exit code 0 when nothing acknowledged was lost and no client
/// failed, 1 otherwise, 2 for bad options or a setup the platform refused or could not be reached for (one line on
/// stderr, no stack trace).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(LoadOptions.Usage);
            return 0;
        }

        if (args is ["--echo-server", "--port", var port])
        {
            using var stopping = new CancellationTokenSource();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stopping.Cancel();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
            return await EchoServer.RunAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), stopping.Token);
        }

        if (args is ["--worker", var slice])
        {
            using var stopping = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
            return await GeneratorWorker.RunAsync(slice, stopping.Token);
        }

        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine($"load test: {e.Message}\n{LoadOptions.Usage}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        var results = new List<LoadResult>();
        try
        {
            // --scale: the same scenario at each size in turn, each on its own block of synthetic candidates.
            var first = options.First();
            foreach (var size in options.Scale ?? [options.Candidates])
            {
                var run = options with { Candidates = size, FirstCandidate = first };
                first += (size + 999) / 1000 * 1000;
                var result = await new LoadRun(run, Console.Out, run.Fault is null ? null : new ProcessFault(run)).RunAsync(stop.Token);
                results.Add(result);
                var report = ReportWriter.Write(result);
                Console.WriteLine(ReportWriter.Markdown(result));
                Console.WriteLine($"report: {report}");
            }
        }
        catch (Exception e) when (e is SetupException or HttpRequestException)
        {
            Console.Error.WriteLine($"load test setup failed: {e.Message}");
            return 2;
        }

        if (results.Count > 1)
        {
            Console.WriteLine(ReportWriter.CpuTable(results));
        }

        return results.All(r => r.Passed) ? 0 : 1;
    }
}
