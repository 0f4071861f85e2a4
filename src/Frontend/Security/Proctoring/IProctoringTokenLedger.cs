namespace Platform.Frontend.Security.Proctoring;

/// <summary>Remembers which proctoring tokens have opened a stream, until they expire.</summary>
public interface IProctoringTokenLedger
{
    /// <summary>Marks the token used; false when it was used already.</summary>
    Task<bool> TryUseAsync(ProctoringGrant grant, DateTimeOffset now, CancellationToken cancellationToken = default);
}
