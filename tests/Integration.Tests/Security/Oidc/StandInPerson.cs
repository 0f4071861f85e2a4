namespace Platform.Integration.Tests.Security.Oidc;

/// <summary>A person the stand-in identity provider knows, with the platform's claims (never an IIN).</summary>
public sealed record StandInPerson(
    string Subject,
    string Name,
    string[] Roles,
    string? Center = null,
    string? Candidate = null,
    string[]? Commissions = null)
{
    public static readonly StandInPerson Administrator = new("administrator", "Adil Standinadmin", ["administrator"]);

    /// <summary>Two roles at one center: the header lists both, the API opens the center's cases and no other's.</summary>
    public static readonly StandInPerson Head = new("head.0001", "Gulnar Standinhead", ["registrar", "head"], Center: "0001");

    public static readonly StandInPerson CommissionMember = new(
        "commission.0001.a", "Murat Standinassessor", ["commission-member"], Center: "0001", Commissions: ["com-0001-a", "com-0001-b"]);

    public static readonly IReadOnlyList<StandInPerson> All = [Administrator, Head, CommissionMember];
}
