namespace Platform.Domain.Procedure;

/// <summary>What P21 and P21-1 look at in a commission an appeal is passed to.</summary>
/// <param name="IsAppeal">It is an appeal commission (not an examination commission).</param>
/// <param name="CenterNumber">The center that formed it.</param>
/// <param name="CaseId">The case it was formed for.</param>
/// <param name="Members">Its members, by identity-provider subject.</param>
public sealed record AppealCommissionFacts(bool IsAppeal, string CenterNumber, string? CaseId, IReadOnlyCollection<string> Members);
