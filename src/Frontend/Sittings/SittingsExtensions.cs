using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Platform.Frontend.Programs;
using Platform.HubProtocol;

namespace Platform.Frontend.Sittings;

/// <summary>
/// Wiring of SPEC §5 in the frontend: programs (administration), sittings (P8-P17), online proctoring (P2.8, P12-P14)
/// and the live dashboards; see README.md beside this file.
/// </summary>
public static class SittingsExtensions
{
    /// <summary>
    /// The services of sittings, proctoring and the live dashboards: the gate, the observer bridge and its renewal, the
    /// sittings' policies, the hubs' two protocols (JSON and MessagePack in the same shapes: camelCase names, enums as
    /// camelCase names, issue 16), and the bearer token of a hub connection read from
    /// <c>access_token</c> (a browser cannot send a header on a WebSocket).
    /// </summary>
    public static WebApplicationBuilder AddSittingServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SittingGate>();
        services.AddSingleton<CenterWatch>();
        services.AddSingleton<NationalWatch>();
        services.AddSingleton<SittingWatch>();
        services.AddSingleton<ProctoringStreamLimiter>();
        // One renewal: the hosted loop, and what the hubs' fault boundaries nudge (issue 17).
        services.AddSingleton<LiveRenewal>(LiveRenewal.Of);
        services.AddHostedService(provider => provider.GetRequiredService<LiveRenewal>());
        services.Configure<AuthorizationOptions>(SittingPolicies.Add);
        services.AddSignalR().AddHubProtocols().AddHubOptions<ProctoringHub>(options =>
        {
            options.MaximumParallelInvocationsPerClient = ProctoringHub.ParallelBatchesPerConnection;
            options.MaximumReceiveMessageSize = ProctoringHub.MaxMessageBytes;
        });
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, ReadHubTokenFromQuery);
        return builder;
    }

    /// <summary>Programs, sittings, proctoring and the three hubs (SPEC §5).</summary>
    public static IEndpointRouteBuilder MapSittingsApi(this IEndpointRouteBuilder app)
    {
        app.MapProgramsApi();
        app.MapProgramVersionsApi();
        app.MapSittingOpeningApi();
        app.MapSlotTheoryApi();
        app.MapSittingActionsApi();
        app.MapProctoringApi();
        app.MapHub<CenterHub>(CenterHub.Path, CloseOnExpiry);
        app.MapHub<SittingHub>(SittingHub.Path, CloseOnExpiry);
        app.MapHub<ProctoringHub>(ProctoringHub.Path, CloseOnExpiry);
        return app;
    }

    /// <summary>
    /// Issue 11: a connection ends when the bearer token it was opened with expires (a token is checked only when the
    /// connection opens); the clients reconnect with a fresh one. The proctoring service then reopens its streams with
    /// new proctoring tokens, as after any reconnect.
    /// </summary>
    private static void CloseOnExpiry(HttpConnectionDispatcherOptions options) => options.CloseOnAuthenticationExpiration = true;

    private static void ReadHubTokenFromQuery(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        var inner = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await inner(context);
            if (context.Token is null && context.Request.Path.StartsWithSegments("/hubs")
                && context.Request.Query["access_token"] is { Count: 1 } token)
            {
                context.Token = token.ToString();
            }
        };
    }
}
