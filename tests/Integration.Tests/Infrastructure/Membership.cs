using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace Platform.Integration.Tests.Infrastructure;

public static class Membership
{
    /// <summary>Completes when the silo's own view of the cluster holds <paramref name="count"/> active silos.</summary>
    public static Task WaitForActiveSilosAsync(IHost silo, int count, TimeSpan? timeout = null) =>
        WaitForActiveSilosAsync(silo.Services, count, timeout);

    /// <summary>The same, for the silo of a host given by its services (a frontend that co-hosts one, issue 16).</summary>
    public static async Task WaitForActiveSilosAsync(IServiceProvider silo, int count, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var membership = silo.GetRequiredService<IClusterMembershipService>();
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(cancel.Token))
        {
            if (snapshot.Members.Values.Count(member => member.Status == SiloStatus.Active) == count)
            {
                return;
            }
        }
    }
}
