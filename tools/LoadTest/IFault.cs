namespace Platform.LoadTest;

/// <summary>
/// Issue 17: a fault injected in the middle of the sittings: the tool's own on real processes (<see cref="ProcessFault"/>),
/// or the test suite's on an in-process cluster.
/// </summary>
public interface IFault
{
    /// <summary>The fault's name in the report (kill-silo, postgres, frontend, partition).</summary>
    string Name { get; }

    /// <summary>
    /// Injects the fault and ends it (a restart, PostgreSQL started again, the network back), then waits until the
    /// platform's process is back; what was done, in a line, with the seconds it took.
    /// </summary>
    Task<string> InjectAsync(Action<string> say, CancellationToken cancel);
}
