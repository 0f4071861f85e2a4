namespace Platform.Frontend.CoHosting;

/// <summary>
/// Issue 16, a deployment option: with <c>Platform:Hosting:CoHostSilo=true</c> the frontend's process runs a silo of its
/// own beside the web host (Orleans co-hosting), configured as every silo is (<c>SiloExtensions.AddPlatformSilo</c>:
/// the migrations, storage, reminders, clustering, outboxes, the demo seed when asked). The hubs' and the API's grain
/// calls then start in the silo they run in (no gateway hop), and the silo joins the cluster like any other: further
/// silos started apart with the same cluster id share the grains with it. Off, the frontend is an Orleans client.
/// </summary>
public static class CoHostedSilo
{
    public const string Setting = "Platform:Hosting:CoHostSilo";

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue(Setting, false);
}
