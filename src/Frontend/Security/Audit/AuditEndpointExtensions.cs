namespace Platform.Frontend.Security.Audit;

/// <summary>Naming or exempting an endpoint's audit entry.</summary>
public static class AuditEndpointExtensions
{
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedAction(action));

    public static TBuilder NotAudited<TBuilder>(this TBuilder builder, string because) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedAction(null, because));
}
