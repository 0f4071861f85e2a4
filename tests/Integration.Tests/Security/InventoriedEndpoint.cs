namespace Platform.Integration.Tests.Security;

/// <summary>One method of one route, and its explicit authorization (null: none).</summary>
public sealed record InventoriedEndpoint(string Method, string Route, string? Authorization)
{
    public override string ToString() => $"{Method} {Route} → {Authorization ?? "NO POLICY"}";
}
