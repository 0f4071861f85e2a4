using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Platform.LoadTest;

/// <summary>
/// Issue 16, <c>--generators K</c>, the parent's side: after the setup the simulated candidates run in K child processes
/// of this tool (<see cref="GeneratorWorker"/>), candidate i in worker i mod K, so each comes online over the whole
/// ramp-up. The parent keeps the echo reference, the setup, the dashboards, the registrar's burst and the clock's move;
/// it forwards the national sitting's instants to the workers, adds up their progress, and at the end merges their
/// results (counters added, histograms merged value by value, the acknowledged records gathered for one loss check).
/// The generator's CPU is the parent's and its children's, sampled apart from the platform's.
/// </summary>
public sealed class GeneratorWorkers : IAsyncDisposable
{
    private readonly Worker[] _workers;
    private readonly string _directory;

    private GeneratorWorkers(Worker[] workers, string directory) => (_workers, _directory) = (workers, directory);

    /// <summary>Every worker has exited.</summary>
    public Task Completion => Task.WhenAll(_workers.Select(w => w.Exited));

    /// <summary>The workers' last progress lines added up: online, answers and events acknowledged, terminated, errors.</summary>
    public (long Online, long Answers, long Events, long Terminated, long Errors) Progress =>
        _workers.Select(w => w.Progress).Aggregate((0L, 0L, 0L, 0L, 0L), (s, p) => (s.Item1 + p[0], s.Item2 + p[1], s.Item3 + p[2], s.Item4 + p[3], s.Item5 + p[4]));

    /// <summary>Writes each worker's slice and starts it; a worker's "arrived" counts its candidates as arrived in <paramref name="national"/>.</summary>
    public static async Task<GeneratorWorkers> StartAsync(
        LoadOptions options, IReadOnlyList<PreparedSitting> sittings, long clockOffsetMilliseconds, DateTimeOffset? commonEnd, NationalSitting national, CancellationToken cancel)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"qrp-loadtest-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var k = Math.Min(options.Generators, sittings.Count);
        var workers = new Worker[k];
        for (var j = 0; j < k; j++)
        {
            var share = sittings.Where((_, i) => i % k == j).ToArray();
            var slice = new WorkerSlice(
                options with { Candidates = share.Length, Generators = 1, Quiet = true, EchoDuration = 0, Watchers = 0, Scale = null },
                share, clockOffsetMilliseconds, commonEnd, Path.Combine(directory, $"result-{j}.json"));
            var file = Path.Combine(directory, $"slice-{j}.json");
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(slice, GeneratorWorker.Json), cancel);
            workers[j] = new Worker(j, share.Length, slice.ResultPath, Start(file), national);
        }

        return new GeneratorWorkers(workers, directory);
    }

    /// <summary>Candidate <paramref name="index"/> (of the whole run): the registrar's request opening its theory went out.</summary>
    public void OpeningSent(int index) => _workers[index % _workers.Length].Send(F($"open {index / _workers.Length}"));

    /// <summary>A mass start's live phase ends at <paramref name="until"/>.</summary>
    public void EndsAt(DateTimeOffset until) => Broadcast(F($"until {until.ToUnixTimeMilliseconds()}"));

    /// <summary>A mass end: every time limit ran out at <paramref name="at"/> (a Stopwatch timestamp); the clock's offset now.</summary>
    public void Expire(long at, long clockOffsetMilliseconds) => Broadcast(F($"expired {at} {clockOffsetMilliseconds}"));

    public void Abandon() => Broadcast("abandon");

    /// <summary>A mass end: the earliest and latest deadline of every worker's tickets, put into <paramref name="national"/>.</summary>
    public async Task DeadlinesAsync(NationalSitting national, CancellationToken cancel)
    {
        foreach (var (count, earliest, latest) in await Task.WhenAll(_workers.Select(w => w.Deadlines.WaitAsync(cancel))))
        {
            if (count > 0)
            {
                national.Deadlines.Add(earliest);
                national.Deadlines.Add(latest);
            }
        }
    }

    /// <summary>Adds every worker's result to the run's: counters, histograms, errors and what the platform acknowledged.</summary>
    public async Task MergeAsync(Metrics metrics, Expectations expected)
    {
        foreach (var worker in _workers)
        {
            if (!File.Exists(worker.ResultPath))
            {
                metrics.Error(F($"generator {worker.Number} wrote no result (exit code {worker.ExitCode}); its {worker.Candidates} candidates are not counted"));
                continue;
            }

            var result = JsonSerializer.Deserialize<WorkerResult>(await File.ReadAllTextAsync(worker.ResultPath), GeneratorWorker.Json)!;
            metrics.Add(result.Counts);
            foreach (var latency in result.Latencies)
            {
                metrics.All.Single(l => l.Name == latency.Name).Add(latency);
            }

            result.Answers.ToList().ForEach(a => expected.Answers.Add((a.SittingId, a.QuestionId, a.Sequence)));
            result.Detections.ToList().ForEach(d => expected.Detections.Add((d.SittingId, d.EventId)));
            result.Violations.ToList().ForEach(v => expected.Violations.Add((v.SittingId, v.EventId)));
            result.Terminated.ToList().ForEach(expected.Terminated.Add);
            result.SubmittedByCandidate.ToList().ForEach(expected.SubmittedByCandidate.Add);
            result.AwaitingTimeLimit.ToList().ForEach(expected.AwaitingTimeLimit.Add);
            foreach (var (sitting, sentAt) in result.TerminatingSentAt)
            {
                expected.TerminatingSentAt.TryAdd(sitting, sentAt);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is no failure of the run.
        }
    }

    private void Broadcast(string line)
    {
        foreach (var worker in _workers)
        {
            worker.Send(line);
        }
    }

    /// <summary>This tool again with <c>--worker FILE</c>: its apphost, or <c>dotnet</c> with its assembly.</summary>
    private static Process Start(string sliceFile)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(GeneratorWorkers).Assembly.Location);
        }

        start.ArgumentList.Add("--worker");
        start.ArgumentList.Add(sliceFile);
        return Process.Start(start) ?? throw new InvalidOperationException("a generator worker did not start");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One worker process: its stdin (lines sent under a lock), its stdout read line by line.</summary>
    private sealed class Worker : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly NationalSitting _national;
        private readonly TaskCompletionSource<(int, DateTimeOffset, DateTimeOffset)> _deadlines = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long[] _progress = new long[5];

        public Worker(int number, int candidates, string resultPath, Process process, NationalSitting national)
        {
            (Number, Candidates, ResultPath, _process, _national) = (number, candidates, resultPath, process, national);
            Exited = ReadAsync();
        }

        public int Number { get; }

        public int Candidates { get; }

        public string ResultPath { get; }

        public Task Exited { get; }

        public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

        public long[] Progress => Volatile.Read(ref _progress);

        public Task<(int Count, DateTimeOffset Earliest, DateTimeOffset Latest)> Deadlines => _deadlines.Task;

        public void Send(string line)
        {
            lock (_process)
            {
                try
                {
                    _process.StandardInput.WriteLine(line);
                    _process.StandardInput.Flush();
                }
                catch (IOException)
                {
                    // The worker is gone: its result file (or its absence) tells.
                }
            }
        }

        private async Task ReadAsync()
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                var words = line.Split(' ');
                switch (words[0])
                {
                    case "arrived":
                        for (var i = 0; i < Candidates; i++)
                        {
                            _national.Arrived();
                        }

                        break;
                    case "deadlines":
                        _deadlines.TrySetResult((int.Parse(words[1], CultureInfo.InvariantCulture), Unix(words[2]), Unix(words[3])));
                        break;
                    case "progress":
                        Volatile.Write(ref _progress, words[1..].Select(w => long.Parse(w, CultureInfo.InvariantCulture)).ToArray());
                        break;
                }
            }

            await _process.WaitForExitAsync();
            _deadlines.TrySetResult((0, default, default));
        }

        private static DateTimeOffset Unix(string milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(milliseconds, CultureInfo.InvariantCulture));

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await Exited;
            _process.Dispose();
        }
    }
}
