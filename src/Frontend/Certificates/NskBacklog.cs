namespace Platform.Frontend.Certificates;

/// <summary>
/// The NSK outbox as the operator reads it (P18.2): <see cref="Pending"/> results not yet tried or not yet failed,
/// <see cref="Failing"/> results whose last attempt failed (kept, retried with backoff), <see cref="Delivered"/> ones,
/// and the oldest undelivered first.
/// </summary>
public sealed record NskBacklog(int Pending, int Failing, int Delivered, IReadOnlyList<NskBacklogItem> Oldest);
