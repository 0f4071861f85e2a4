using Platform.Grains.Certificates;
using Platform.Silo.Nsk;

namespace Platform.Integration.Tests.Certificates;

/// <summary>The silo's NSK outbox, failing while <paramref name="down"/> says so (PostgreSQL unreachable, say), so a registration fails.</summary>
public sealed class FlakyOutbox(PostgresNskOutbox inner, Func<bool> down) : INskOutbox
{
    public Task EnqueueAsync(NskResult result, CancellationToken cancellationToken = default) =>
        down() ? throw new InvalidOperationException("the outbox is unreachable") : inner.EnqueueAsync(result, cancellationToken);
}
