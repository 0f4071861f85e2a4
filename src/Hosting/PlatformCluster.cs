using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Platform.Hosting;

/// <summary>The identity of the Orleans cluster, shared by silos and the frontend's client.</summary>
public static class PlatformCluster
{
    /// <summary>Reads <c>Orleans:ClusterId</c> and <c>Orleans:ServiceId</c>, with the platform's defaults.</summary>
    public static void Configure(ClusterOptions options, IConfiguration configuration)
    {
        options.ClusterId = configuration["Orleans:ClusterId"] ?? "qrp-local";
        // The service id is part of every persisted grain state and reminder key: never change it for live data.
        options.ServiceId = configuration["Orleans:ServiceId"] ?? "qualification-recognition";
    }
}
