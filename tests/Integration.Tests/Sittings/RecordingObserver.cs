using System.Collections.Concurrent;
using Platform.Domain.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>An observer that writes down what a sitting tells it, as the frontend's forwarder would receive it.</summary>
public sealed class RecordingObserver : ISittingObserver
{
    public ConcurrentQueue<string> Heard { get; } = new();

    public Task StateChanged(string sittingId, SittingState state, TimeSpan timeLeft) => Note($"state:{state}");

    public Task WarningIssued(string sittingId, SittingWarning warning) => Note($"warning:{warning.Item}");

    public Task Ended(string sittingId, SittingState state, string rule) => Note($"ended:{state}:{rule}");

    public Task SuspiciousEventLogged(string sittingId, SuspiciousEvent suspicious) => Note($"suspicious:{suspicious.Kind}:{suspicious.Confirmed}");

    public Task AnswersSaved(string sittingId, int answered, int total) => Note($"answers:{answered}/{total}");

    private Task Note(string what)
    {
        Heard.Enqueue(what);
        return Task.CompletedTask;
    }
}
