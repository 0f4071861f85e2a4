using System.Globalization;

namespace Platform.LoadTest;

/// <summary>
/// Samples a process once a second from <c>/proc/&lt;pid&gt;/stat</c> (utime + stime, in clock ticks of 1/100 s) and
/// <c>/proc/&lt;pid&gt;/status</c> (VmRSS, Threads). A process found by its command line when no pid is given.
/// </summary>
public sealed class ProcessSampler(string name, int pid)
{
    private const double TicksPerSecond = 100;

    public string Name { get; } = name;

    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private readonly long _startTicks = CpuTicks(pid) ?? 0;
    private long _lastTicks = CpuTicks(pid) ?? 0;
    private DateTimeOffset _lastAt = DateTimeOffset.UtcNow;
    private double _peakCpu;
    private double _peakRss;
    private int _threads;

    /// <summary>The process whose command line contains the name (e.g. <c>Platform.Silo.dll</c>), or null.</summary>
    public static int? Find(string dll)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var candidate) && candidate != Environment.ProcessId
                && TryRead(Path.Combine(directory, "cmdline")) is { } line && line.Contains(dll, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The current CPU of the process in percent of one core since the last sample.</summary>
    public double Sample()
    {
        var (now, ticks) = (DateTimeOffset.UtcNow, CpuTicks(pid) ?? _lastTicks);
        var seconds = (now - _lastAt).TotalSeconds;
        var cpu = seconds > 0 ? (ticks - _lastTicks) / TicksPerSecond / seconds * 100 : 0;
        (_lastAt, _lastTicks, _peakCpu) = (now, ticks, Math.Max(_peakCpu, cpu));
        ReadStatus();
        return cpu;
    }

    public double RssMegabytes { get; private set; }

    public ProcessUsage Usage()
    {
        Sample();
        var seconds = (DateTimeOffset.UtcNow - _startedAt).TotalSeconds;
        return new ProcessUsage(Name, pid, seconds > 0 ? (_lastTicks - _startTicks) / TicksPerSecond / seconds * 100 : 0, _peakCpu, _peakRss, _threads);
    }

    private void ReadStatus()
    {
        foreach (var line in (TryRead($"/proc/{pid}/status") ?? "").Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                RssMegabytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
                _peakRss = Math.Max(_peakRss, RssMegabytes);
            }
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
            {
                _threads = int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1].Trim(), CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>utime + stime: fields 14 and 15 of stat, counted after the command's closing parenthesis.</summary>
    private static long? CpuTicks(int pid)
    {
        if (TryRead($"/proc/{pid}/stat") is not { } stat)
        {
            return null;
        }

        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
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
