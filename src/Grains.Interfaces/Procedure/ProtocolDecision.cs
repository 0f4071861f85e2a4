namespace Platform.Grains.Procedure;

/// <summary>
/// P17: the commission's decision as its protocol records it, with the members who signed.
/// The Commission grain computes it (majority, the chair deciding a tie) and hands it to the case.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.ProtocolDecision")]
public sealed record ProtocolDecision(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string CommissionId,
    [property: Id(2)] bool Passed,
    [property: Id(3)] IReadOnlyList<string> SignedBy,
    [property: Id(4)] string? Reasons,
    [property: Id(5)] Actor By);
