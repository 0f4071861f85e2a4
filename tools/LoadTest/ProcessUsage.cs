namespace Platform.LoadTest;

/// <summary>CPU and memory of one process, or of a set of processes, over the live phase (from /proc).</summary>
/// <param name="Name">silo, frontend, generator or postgresql.</param>
/// <param name="Pids">The processes seen at the end (PostgreSQL: its server and backends).</param>
/// <param name="AverageCpuPercent">CPU time over wall time, in percent of one core.</param>
/// <param name="PeakCpuPercent">The highest one-second sample, in percent of one core.</param>
/// <param name="PeakRssMegabytes">The highest resident set size seen (of a set: shared memory counted once).</param>
/// <param name="Threads">Threads at the end.</param>
/// <param name="CpuSeconds">CPU time (user + system) spent over the live phase, in seconds of one core.</param>
public sealed record ProcessUsage(string Name, IReadOnlyList<int> Pids, double AverageCpuPercent, double PeakCpuPercent, double PeakRssMegabytes, int Threads, double CpuSeconds);
