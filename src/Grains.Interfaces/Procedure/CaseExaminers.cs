namespace Platform.Grains.Procedure;

/// <summary>P21-1: who decided a case: its center, the examination commission that signed its protocol, and the signers.</summary>
/// <param name="CenterNumber">The case's center.</param>
/// <param name="ExaminationCommissionId">The commission that signed the protocol; null before it is signed.</param>
/// <param name="SignedBy">The members who signed the protocol, by identity-provider subject.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CaseExaminers")]
public sealed record CaseExaminers(
    [property: Id(0)] string CenterNumber,
    [property: Id(1)] string? ExaminationCommissionId,
    [property: Id(2)] IReadOnlyList<string> SignedBy);
