using System.Globalization;

namespace Platform.LoadTest;

/// <summary>The generator's options (<c>--name value</c>); <see cref="Quick"/> is the smoke test's small run.</summary>
public sealed record LoadOptions
{
    public int Candidates { get; init; } = 500;

    /// <summary>Seconds over which the simulated candidates come online.</summary>
    public double RampUp { get; init; } = 10;

    /// <summary>Seconds of the live phase (after the ramp-up starts).</summary>
    public double Duration { get; init; } = 60;

    /// <summary>Mean seconds between two answers of one candidate.</summary>
    public double AnswerInterval { get; init; } = 5;

    /// <summary>Detections per candidate per minute (suspicious kinds), beside the heartbeat once a second.</summary>
    public double EventRate { get; init; } = 2;

    /// <summary>The share of candidates committing violations: half of them one (a warning), half two (terminated).</summary>
    public double Violators { get; init; } = 0.05;

    public int Watchers { get; init; } = 3;

    /// <summary>Sittings whose proctoring streams share one /hubs/proctoring connection (1: a connection per candidate).</summary>
    public int StreamsPerConnection { get; init; } = ProctoringHubLimits.MaxStreamsPerConnection;

    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5080");

    /// <summary>The hubs' protocol of every connection: "json" (SignalR's default) or "msgpack" (issue 16).</summary>
    public string Protocol { get; init; } = "json";

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("PLATFORM_POSTGRES");

    public string? ReportPath { get; init; }

    public int? SiloPid { get; init; }

    public int? FrontendPid { get; init; }

    /// <summary>The first synthetic candidate number; by default a block not used in the last runs (from the minute).</summary>
    public int? FirstCandidate { get; init; }

    /// <summary>Concurrent HTTP requests of the setup.</summary>
    public int SetupParallelism { get; init; } = 16;

    public bool Quick { get; init; }

    /// <summary>No progress line (the test suite).</summary>
    public bool Quiet { get; init; }

    /// <summary>Issue 16: the candidates wait connected and the registrar opens every theory in one burst.</summary>
    public bool MassStart { get; init; }

    /// <summary>Issue 16: every time limit runs out at one instant (the clock moved past them) and the platform submits.</summary>
    public bool MassEnd { get; init; }

    /// <summary>Issue 16: the share of candidates who submit themselves in the middle of the live phase.</summary>
    public double Voluntary { get; init; } = 0.05;

    /// <summary>Issue 16: the registrar's opening requests at once in a mass start.</summary>
    public int OpeningParallelism { get; init; } = 64;

    /// <summary>Issue 16: seconds of the echo reference measured before the setup (0: none).</summary>
    public double EchoDuration { get; init; } = 30;

    /// <summary>The echo server's port (below the ephemeral range, MEASURED.md).</summary>
    public int EchoPort { get; init; } = 5091;

    /// <summary>
    /// Issue 16: the simulated candidates run in this many child processes of the tool (each its share, the same
    /// options; see <see cref="GeneratorWorkers"/>); 1: in this process.
    /// </summary>
    public int Generators { get; init; } = 1;

    /// <summary>Issue 17: the fault injected in the middle of the sittings (kill-silo, postgres, frontend, partition, none), or null.</summary>
    public string? Fault { get; init; }

    /// <summary>Issue 17: seconds from the start of the live phase to the fault (null: the ramp-up plus 30 % of the duration).</summary>
    public double? FaultAt { get; init; }

    /// <summary>Issue 17: seconds PostgreSQL stays stopped (postgres) or the silo cut off (partition); null: 20 and 30.</summary>
    public double? FaultLengthOption { get; init; }

    public double FaultLength => FaultLengthOption ?? (Fault == "partition" ? 30 : 20);

    /// <summary>Issue 17: the worktree whose processes the fault touches (default: the current directory).</summary>
    public string? PlatformRoot { get; init; }

    /// <summary>Issue 17: the PostgreSQL cluster's folder (the postgres fault stops and starts it).</summary>
    public string? PostgresData { get; init; }

    /// <summary>When the fault comes, from the start of the live phase.</summary>
    public TimeSpan FaultTime => TimeSpan.FromSeconds(FaultAt ?? RampUp + Duration * 0.3);

    /// <summary>Issue 16: run the whole scenario once per size and print the CPU table (null: one run).</summary>
    public IReadOnlyList<int>? Scale { get; init; }

    public const string Usage = """
        dotnet run -c Release --project tools/LoadTest -- [options]
          --candidates N        simulated candidates (default 500; at most 100000)
          --ramp-up S           seconds over which they come online (default 10)
          --duration S          seconds of the live phase (default 60)
          --answer-interval S   mean seconds between two answers of a candidate (default 5)
          --event-rate R        detections per candidate per minute, beside the 1/s heartbeat (default 2)
          --violators F         share of candidates committing violations, 0..1 (default 0.05)
          --watchers N          center dashboards connected as watchers (default 3)
          --streams-per-connection N
                                proctoring streams (sittings) carried by one /hubs/proctoring connection, as the
                                proctoring service multiplexes them; their batches go together in IngestStreams
                                calls (default 1000, the hub's limit; 1 = a connection per candidate)
          --protocol P          the hubs' protocol of every connection: json or msgpack (default json)
          --base-url URL        the frontend (default http://127.0.0.1:5080; loopback only)
          --postgres CS         Npgsql connection string for the loss check (default $PLATFORM_POSTGRES)
          --report PATH         the markdown report (default docs/benchmarks/<date>-<n>.md; the SVG beside it)
          --silo-pid P / --frontend-pid P   processes to sample (default: found by command line)
          --first-candidate N   first load.candidate.<n> (default: a block chosen from the minute)
          --setup-parallelism N concurrent setup requests (default 16)
          --mass-start          the candidates wait connected; the registrar opens every theory in one burst
          --mass-end            at the end every time limit runs out at one instant (the procedure clock moved
                                past them all) and the platform submits each theory itself (P9)
          --national            --mass-start and --mass-end
          --voluntary F         share of candidates submitting themselves mid-run, 0..1 (default 0.05)
          --opening-parallelism N  the registrar's opening requests at once in a mass start (default 64)
          --echo-duration S     seconds of the echo reference run first (default 30; 0 = none)
          --echo-port P         the echo server's port (default 5091)
          --generators K        the simulated candidates run in K child processes of this tool, each its share
                                with the same options; the results are merged and the loss checked once
                                (default 1: in this process)
          --scale A,B,C         the whole scenario at each size in turn, then the CPU-per-candidate table
                                (e.g. 2500,5000,10000)
          --quick               200 candidates, 5 s ramp-up, 20 s live, an answer every 2 s, a national sitting
                                (16 opening requests at once),
                                a 10 s echo reference
          --fault F             issue 17: kill-silo, postgres, frontend, partition or none, injected in the middle of
                                the sittings into this worktree's processes (two silos under run.sh; see
                                scripts/fault-run.sh, which starts them and runs this)
          --fault-at S          seconds from the start of the live phase (default ramp-up + 30 % of the duration)
          --fault-length S      seconds PostgreSQL stays stopped / the silo cut off (default 20 / 30)
          --platform-root DIR   the worktree whose processes are faulted and sampled (default: the current folder)
          --postgres-data DIR   the PostgreSQL cluster's folder (--fault postgres)
          --help                this text
        (--echo-server --port P runs the echo reference's server, --worker FILE a generator process: the tool
        starts them itself)
        """;

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with the reason.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? QuickDefaults() : new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options,
                "--quiet" => options with { Quiet = true },
                "--mass-start" => options with { MassStart = true },
                "--mass-end" => options with { MassEnd = true },
                "--national" => options with { MassStart = true, MassEnd = true },
                _ when i + 1 < args.Count => With(options, args[i], args[++i]),
                _ => throw new ArgumentException($"unknown or incomplete option {args[i]}"),
            };
        }

        return options.Validated();
    }

    /// <summary>The quick mode: a few hundred candidates in under a minute.</summary>
    public static LoadOptions QuickDefaults() =>
        new()
        {
            Quick = true, Candidates = 200, RampUp = 5, Duration = 20, AnswerInterval = 2, EventRate = 6, Violators = 0.1, Watchers = 2,
            MassStart = true, MassEnd = true, Voluntary = 0.1, OpeningParallelism = 16, EchoDuration = 10,
        };

    private static LoadOptions With(LoadOptions o, string name, string value) => name switch
    {
        "--candidates" => o with { Candidates = Int(value) },
        "--ramp-up" => o with { RampUp = Number(value) },
        "--duration" => o with { Duration = Number(value) },
        "--answer-interval" => o with { AnswerInterval = Number(value) },
        "--event-rate" => o with { EventRate = Number(value) },
        "--violators" => o with { Violators = Number(value) },
        "--watchers" => o with { Watchers = Int(value) },
        "--streams-per-connection" => o with { StreamsPerConnection = Int(value) },
        "--protocol" => o with { Protocol = value },
        "--base-url" => o with { BaseUrl = new Uri(value) },
        "--postgres" => o with { Postgres = value },
        "--report" => o with { ReportPath = value },
        "--silo-pid" => o with { SiloPid = Int(value) },
        "--frontend-pid" => o with { FrontendPid = Int(value) },
        "--first-candidate" => o with { FirstCandidate = Int(value) },
        "--setup-parallelism" => o with { SetupParallelism = Int(value) },
        "--voluntary" => o with { Voluntary = Number(value) },
        "--opening-parallelism" => o with { OpeningParallelism = Int(value) },
        "--echo-duration" => o with { EchoDuration = Number(value) },
        "--echo-port" => o with { EchoPort = Int(value) },
        "--generators" => o with { Generators = Int(value) },
        "--fault" => o with { Fault = value },
        "--fault-at" => o with { FaultAt = Number(value) },
        "--fault-length" => o with { FaultLengthOption = Number(value) },
        "--platform-root" => o with { PlatformRoot = value },
        "--postgres-data" => o with { PostgresData = value },
        "--scale" => o with { Scale = value.Split(',').Select(Int).ToArray() },
        _ => throw new ArgumentException($"unknown option {name}"),
    };

    private LoadOptions Validated()
    {
        Require(Candidates is >= 1 and <= 100_000, "--candidates is 1..100000");
        Require(RampUp >= 0 && Duration > 0 && Duration <= 3600, "--duration is 1..3600 s, --ramp-up not negative");
        Require(AnswerInterval >= 0.1 && EventRate >= 0, "--answer-interval at least 0.1 s, --event-rate not negative");
        Require(Violators is >= 0 and <= 1, "--violators is a share 0..1");
        Require(Watchers is >= 0 and <= 1000 && SetupParallelism is >= 1 and <= 256, "--watchers 0..1000, --setup-parallelism 1..256");
        Require(StreamsPerConnection is >= 1 and <= ProctoringHubLimits.MaxStreamsPerConnection, $"--streams-per-connection is 1..{ProctoringHubLimits.MaxStreamsPerConnection} (the hub's limit)");
        Require(Protocol is "json" or "msgpack", "--protocol is json or msgpack");
        Require(Voluntary is >= 0 and <= 1 && Voluntary + Violators <= 1, "--voluntary is a share 0..1, with --violators at most 1");
        Require(OpeningParallelism is >= 1 and <= 1024 && EchoDuration is >= 0 and <= 600, "--opening-parallelism 1..1024, --echo-duration 0..600 s");
        Require(EchoPort is > 0 and < 65536, "--echo-port is a port");
        Require(Generators is >= 1 and <= 16 && Generators <= Candidates, "--generators is 1..16, at most the candidates");
        Require(Scale is null || (Scale.Count is >= 1 and <= 10 && Scale.All(n => n is >= 1 and <= 100_000)), "--scale is 1 to 10 sizes of 1..100000");
        Require(Fault is null || Generators == 1, "--fault runs with one generator process (the candidates' error windows are counted in it)");
        Require(Fault is null or "kill-silo" or "postgres" or "frontend" or "partition" or "none", "--fault is kill-silo, postgres, frontend, partition or none");
        Require(FaultAt is null or >= 0 && FaultLengthOption is null or (> 0 and <= 600), "--fault-at not negative, --fault-length 1..600 s");
        Require(BaseUrl.IsLoopback, "--base-url must be a loopback address: traffic goes to this machine only");
        return this;
    }

    /// <summary>The first synthetic candidate of this run.</summary>
    public int First()
    {
        if (FirstCandidate is { } first)
        {
            return first;
        }

        var block = (Candidates + 999) / 1000 * 1000;
        var slots = Math.Max(1, 100_000 / block);
        return 1 + (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 % slots) * block;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
