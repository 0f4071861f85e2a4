using System.Text.Json;
using System.Text.Json.Serialization;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.HubProtocol;

/// <summary>
/// The two protocols of the platform's hubs (issue 16), for the server and every client alike: JSON, as SignalR writes
/// it (camelCase names) with enums as camelCase names, and MessagePack in the very same shapes (<see cref="JsonShapedResolver"/>),
/// so a page reads one message the same whichever protocol carried it.
/// </summary>
public static class HubProtocols
{
    /// <summary>The protocol names a client picks from (SignalR's own names).</summary>
    public const string Json = "json";

    public const string MessagePack = "messagepack";

    /// <summary>What the JSON protocol's payloads are written with: SignalR's defaults plus enums as camelCase names.</summary>
    public static readonly JsonSerializerOptions JsonPayload = ConfigureJson(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
    });

    /// <summary>What the MessagePack protocol's payloads are written with: the shapes of <see cref="JsonPayload"/>.</summary>
    public static readonly MessagePackSerializerOptions MessagePackPayload = MessagePackSerializerOptions.Standard
        .WithResolver(JsonShapedResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    /// <summary>Both protocols on a server or a client builder, configured alike.</summary>
    public static TBuilder AddHubProtocols<TBuilder>(this TBuilder builder) where TBuilder : ISignalRBuilder =>
        builder.AddJsonHubProtocol().AddMessagePackHubProtocol();

    /// <summary>The JSON protocol only (SignalR's default), its payloads as <see cref="JsonPayload"/>.</summary>
    public static TBuilder AddJsonHubProtocol<TBuilder>(this TBuilder builder) where TBuilder : ISignalRBuilder =>
        builder.AddJsonProtocol(options => ConfigureJson(options.PayloadSerializerOptions));

    /// <summary>The MessagePack protocol, its payloads as <see cref="MessagePackPayload"/>.</summary>
    public static TBuilder AddMessagePackHubProtocol<TBuilder>(this TBuilder builder) where TBuilder : ISignalRBuilder =>
        builder.AddMessagePackProtocol(options => options.SerializerOptions = MessagePackPayload);

    private static JsonSerializerOptions ConfigureJson(JsonSerializerOptions options)
    {
        if (!options.Converters.Any(converter => converter is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        }

        return options;
    }
}
