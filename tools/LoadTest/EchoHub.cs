using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Sittings;

namespace Platform.LoadTest;

/// <summary>The echo reference's hub: the platform's two measured calls with their arguments, answered at once.</summary>
public sealed class EchoHub : Hub
{
    /// <summary>As <c>SaveAnswer(questionId, optionId, sequence)</c> of /hubs/sitting, without the sitting.</summary>
    public long SaveAnswer(string questionId, string optionId, long sequence) => sequence;

    /// <summary>As a proctoring batch, without the sitting: its size.</summary>
    public int Ingest(IReadOnlyList<ProctoringEvent> batch) => batch.Count;
}
