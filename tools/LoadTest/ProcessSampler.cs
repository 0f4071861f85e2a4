using System.Globalization;

namespace Platform.LoadTest;

/// <summary>
/// Samples a process, or a set of processes found again at every sample (PostgreSQL's server and backends), once a
/// second from <c>/proc/&lt;pid&gt;/stat</c> (utime + stime, in clock ticks of 1/100 s) and
/// <c>/proc/&lt;pid&gt;/status</c> (VmRSS, RssShmem, Threads). A set's CPU is the sum of each process's ticks since it
/// was last seen: a process that appears counts from its start, one that exits loses its last second. A set's memory
/// counts shared memory once, as its largest share in any one process.
/// </summary>
public sealed class ProcessSampler
{
    private const double TicksPerSecond = 100;

    /// <summary>Peaks come from samples at least this long: over a shorter one the 1/100 s ticks make the percentage jump.</summary>
    private const double PeakSampleSeconds = 0.5;

    private readonly Func<IReadOnlyList<int>> _find;
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private Dictionary<int, long> _ticksByPid;
    private long _ticks;
    private DateTimeOffset _lastAt;
    private double _peakCpu;
    private double _peakRss;
    private int _threads;

    private ProcessSampler(string name, Func<IReadOnlyList<int>> find)
    {
        Name = name;
        _find = find;
        _ticksByPid = CpuTicks(find());
        _lastAt = _startedAt;
    }

    public string Name { get; }

    /// <summary>One process.</summary>
    public static ProcessSampler Of(string name, int pid) => new(name, () => [pid]);

    /// <summary>Every process whose <c>/proc/&lt;pid&gt;/comm</c> is the command (e.g. <c>postgres</c>), found at each sample.</summary>
    public static ProcessSampler OfCommand(string name, string command) => new(name, () => WithCommand(command));

    /// <summary>A process and its children, found again at each sample (a PostgreSQL server and its backends).</summary>
    public static ProcessSampler OfTree(string name, int root) => new(name, () => [root, .. Pids().Where(pid => ParentOf(pid) == root)]);

    /// <summary>The parent of a process (field 4 of its stat), or null when it is gone.</summary>
    public static int? ParentOf(int pid) =>
        TryRead($"/proc/{pid}/stat") is { } stat && int.TryParse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            ? parent : null;

    /// <summary>The process whose command line contains the name (e.g. <c>Platform.Silo.dll</c>), or null.</summary>
    public static int? Find(string dll)
    {
        foreach (var pid in Pids())
        {
            if (pid != Environment.ProcessId && TryRead($"/proc/{pid}/cmdline") is { } line && line.Contains(dll, StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>Issue 17: every process whose command line contains the text (e.g. one worktree's silo dll), found at each sample.</summary>
    public static ProcessSampler OfCommandLine(string name, string part) => new(name, () => WithCommandLine(part));

    /// <summary>The processes (not this one) whose command line contains the text, oldest first.</summary>
    public static IReadOnlyList<int> WithCommandLine(string part) =>
        Pids().Where(pid => pid != Environment.ProcessId && TryRead($"/proc/{pid}/cmdline") is { } line && line.Contains(part, StringComparison.Ordinal))
            .OrderBy(StartTicks).ToList();

    /// <summary>When a process started, in clock ticks since boot (field 22 of its stat); long.MaxValue when it is gone.</summary>
    public static long StartTicks(int pid) =>
        TryRead($"/proc/{pid}/stat") is { } stat ? long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19], CultureInfo.InvariantCulture) : long.MaxValue;

    /// <summary>The processes whose <c>/proc/&lt;pid&gt;/comm</c> is the command.</summary>
    public static IReadOnlyList<int> WithCommand(string command) =>
        Pids().Where(pid => TryRead($"/proc/{pid}/comm")?.Trim() == command).ToList();

    /// <summary>The current CPU of the processes in percent of one core since the last sample.</summary>
    public double Sample()
    {
        var (now, ticks) = (DateTimeOffset.UtcNow, CpuTicks(_find()));
        var spent = ticks.Sum(p => Math.Max(0, p.Value - _ticksByPid.GetValueOrDefault(p.Key)));
        var seconds = (now - _lastAt).TotalSeconds;
        var cpu = seconds > 0 ? spent / TicksPerSecond / seconds * 100 : 0;
        (_lastAt, _ticksByPid, _ticks) = (now, ticks, _ticks + spent);
        _peakCpu = seconds >= PeakSampleSeconds ? Math.Max(_peakCpu, cpu) : _peakCpu;
        ReadStatus(ticks.Keys);
        return cpu;
    }

    public ProcessUsage Usage()
    {
        Sample();
        var seconds = (DateTimeOffset.UtcNow - _startedAt).TotalSeconds;
        return new ProcessUsage(Name, _ticksByPid.Keys.Order().ToArray(), seconds > 0 ? _ticks / TicksPerSecond / seconds * 100 : 0, _peakCpu, _peakRss, _threads, _ticks / TicksPerSecond);
    }

    private void ReadStatus(IEnumerable<int> pids)
    {
        var (privateKilobytes, sharedKilobytes, threads) = (0L, 0L, 0);
        foreach (var pid in pids)
        {
            var status = Status(pid);
            privateKilobytes += status.GetValueOrDefault("VmRSS") - status.GetValueOrDefault("RssShmem");
            sharedKilobytes = Math.Max(sharedKilobytes, status.GetValueOrDefault("RssShmem"));
            threads += (int)status.GetValueOrDefault("Threads");
        }

        _peakRss = Math.Max(_peakRss, (privateKilobytes + sharedKilobytes) / 1024.0);
        _threads = threads;
    }

    /// <summary>The numeric fields of <c>/proc/&lt;pid&gt;/status</c> (<c>VmRSS:   1234 kB</c> → 1234); empty when it is gone.</summary>
    private static Dictionary<string, long> Status(int pid)
    {
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in (TryRead($"/proc/{pid}/status") ?? "").Split('\n'))
        {
            var parts = line.Split([':', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                fields[parts[0]] = value;
            }
        }

        return fields;
    }

    /// <summary>utime + stime of each process still there: fields 14 and 15 of stat, counted after the command's closing parenthesis.</summary>
    private static Dictionary<int, long> CpuTicks(IEnumerable<int> pids)
    {
        var ticks = new Dictionary<int, long>();
        foreach (var pid in pids)
        {
            if (TryRead($"/proc/{pid}/stat") is { } stat)
            {
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return ticks;
    }

    private static IEnumerable<int> Pids()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                yield return pid;
            }
        }
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
