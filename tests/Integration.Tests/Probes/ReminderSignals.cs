using System.Collections.Concurrent;

namespace Platform.Integration.Tests.Probes;

/// <summary>Lets a test await a reminder tick of a probe grain hosted in a silo of the same process.</summary>
public static class ReminderSignals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Waiting = new();

    /// <summary>Completes with the name of the silo where the probe's reminder fired.</summary>
    public static Task<string> NextTick(string key) =>
        Waiting.GetOrAdd(key, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public static void Ticked(string key, string siloName)
    {
        if (Waiting.TryRemove(key, out var waiting))
        {
            waiting.TrySetResult(siloName);
        }
    }
}
