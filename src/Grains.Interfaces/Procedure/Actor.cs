namespace Platform.Grains.Procedure;

/// <summary>
/// Who acts on a case, as the frontend authenticated them: the token's subject (never a name or an IIN),
/// the role they act in, and their center for staff. Grains trust it; the frontend's policies checked it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.Actor")]
public sealed record Actor([property: Id(0)] string Subject, [property: Id(1)] string Role, [property: Id(2)] string? Center = null)
{
    /// <summary>The platform itself: deadlines firing, windows closing.</summary>
    public static Actor System { get; } = new("system", Roles.System);
}
