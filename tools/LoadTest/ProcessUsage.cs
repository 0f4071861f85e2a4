namespace Platform.LoadTest;

/// <summary>CPU and memory of one platform process over the live phase (from /proc).</summary>
/// <param name="Name">silo or frontend.</param>
/// <param name="Pid">The process.</param>
/// <param name="AverageCpuPercent">CPU time over wall time, in percent of one core.</param>
/// <param name="PeakCpuPercent">The highest one-second sample, in percent of one core.</param>
/// <param name="PeakRssMegabytes">The highest resident set size seen.</param>
/// <param name="Threads">Threads at the end.</param>
public sealed record ProcessUsage(string Name, int Pid, double AverageCpuPercent, double PeakCpuPercent, double PeakRssMegabytes, int Threads);
