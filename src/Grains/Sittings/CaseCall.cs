using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// What the sitting still has to tell its case (written with the transition that caused it, sent after it, sent
/// again on activation if lost; the case ignores a repeated command id). Made only by the typed factories below and
/// sent by <see cref="SendAsync"/>; <see cref="What"/> is the persisted name of the call (stored in the grain state,
/// so its values never change, whatever the case grain's methods are called).
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CaseCall")]
public sealed record CaseCall(
    [property: Id(0)] string What,
    [property: Id(1)] Guid CommandId,
    [property: Id(2)] CompleteProcedure? Completion)
{
    private const string StartExamCall = "StartExam";
    private const string TechnicalFailureCall = "ReportTechnicalFailure";
    private const string CompletionCall = "CompleteProcedure";

    /// <summary>P11: the exam is in progress (a sitting that fails at check-in starts it first).</summary>
    public static CaseCall StartExam(Guid commandId) => new(StartExamCall, commandId, null);

    /// <summary>P11: a technical failure ended the sitting.</summary>
    public static CaseCall ReportTechnicalFailure(Guid commandId) => new(TechnicalFailureCall, commandId, null);

    /// <summary>P17: the results of the sitting.</summary>
    public static CaseCall Complete(CompleteProcedure completion) => new(CompletionCall, completion.CommandId, completion);

    /// <summary>Makes the call on the case, as the sitting <paramref name="self"/>.</summary>
    public Task<CaseResult> SendAsync(IApplicationGrain @case, Actor self) => What switch
    {
        StartExamCall => @case.StartExam(new CaseCommand(CommandId, self)),
        TechnicalFailureCall => @case.ReportTechnicalFailure(new CaseCommand(CommandId, self)),
        CompletionCall when Completion is not null => @case.CompleteProcedure(Completion),
        _ => throw new InvalidOperationException($"The case call '{What}' ({CommandId}) is not one the sitting makes."),
    };
}
