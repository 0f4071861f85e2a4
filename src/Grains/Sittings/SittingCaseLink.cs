using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;

namespace Platform.Grains.Sittings;

/// <summary>
/// What the sitting reads from and tells its case (P6, P11, P17): the program it is sat under, StartExam when the theory
/// opens, CompleteProcedure with the results at the end, ReportTechnicalFailure. The calls are written with the
/// transition that caused them (<see cref="CaseCall"/>), sent after it in order, and sent again on activation if lost.
/// </summary>
internal sealed partial class SittingCaseLink(SittingPipeline sitting, IGrainFactory grains, ILogger logger)
{
    private ExamSessionState S => sitting.S;

    private IApplicationGrain Case => grains.GetGrain<IApplicationGrain>(S.CaseId);

    /// <summary>The case a sitting is to be opened for, as it is registered.</summary>
    public Task<CaseView?> RegisteredAsync(string caseId) => grains.GetGrain<IApplicationGrain>(caseId).Get();

    /// <summary>
    /// A version of the program the sitting is sat under, or its current version when <paramref name="version"/> is
    /// null. The document is parsed once per version and silo (<see cref="ParsedPrograms"/>): thousands of sittings
    /// read the same version when they open, draw and read their tickets again after an activation.
    /// </summary>
    public async Task<(QualificationProgram Program, int Version)?> LoadProgramAsync(string code, int? version) =>
        await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetDocument(version) is { } document
            ? (ParsedPrograms.Of(ProgramKeys.ForVersion(code, document.Version), document.Json), document.Version)
            : null;

    /// <summary>
    /// P6: the case is told the exam started. The sitting's own command id, so sent as the sitting: a retry by another
    /// member, or the same call queued after a technical failure, is the same sender's repeat, which the case answers
    /// (another sender's would be a conflict).
    /// </summary>
    public Task<CaseResult> StartExamAsync() => Case.StartExam(new CaseCommand(CommandIdFor("start-exam"), sitting.Self));

    /// <summary>P11: a technical failure moves the case; a failure at check-in starts the exam first (the case moves only an exam in progress).</summary>
    public void ReportTechnicalFailure()
    {
        if (S.TheoryOpenedAt is null)
        {
            S.PendingCaseCalls.Add(CaseCall.StartExam(CommandIdFor("start-exam")));
        }

        S.PendingCaseCalls.Add(CaseCall.ReportTechnicalFailure(CommandIdFor("technical-failure")));
    }

    /// <summary>P17: the results go to the case; a stage that did not take place is reported as not passed (null).</summary>
    public void Complete(SittingEnd end, Actor by)
    {
        var scores = S.Scores ?? Unsubmitted();
        S.PendingCaseCalls.Add(CaseCall.Complete(new CompleteProcedure(
            CommandIdFor("complete"), scores.TheoryCorrect, scores.TheoryTotal, scores.PracticalPassed, scores.PracticalShortfalls, end, by,
            scores.PracticalPassed is null ? null : [.. S.Map.Select(step => new PracticalStepMark(
                step.Id, step.Title, step.Required, S.Marks.GetValueOrDefault(step.Id)?.PerformedPerMap, S.Marks.GetValueOrDefault(step.Id)?.Comment))])));
    }

    /// <summary>The saved answers of a theory stage that ended before it was submitted (P13).</summary>
    private SittingScores Unsubmitted()
    {
        var result = sitting.Theory.Score();
        return new SittingScores(result.Correct, result.Total, result.Admitted, null, new List<string>());
    }

    /// <summary>Sends what the case has not heard yet, in order; a refusal is kept for the center to see, a failure retried later.</summary>
    public async Task SendCallsAsync()
    {
        if (S.PendingCaseCalls.Count == 0)
        {
            return;
        }

        try
        {
            while (S.PendingCaseCalls.Count > 0)
            {
                var call = S.PendingCaseCalls[0];
                var result = await call.SendAsync(Case, sitting.Self);
                S.CaseRefusal = result.Refusal is { } refusal ? $"{call.What}: {refusal.Rule.Id}: {refusal.In("en")}" : S.CaseRefusal;
                S.PendingCaseCalls.RemoveAt(0);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogCaseUnreachable(logger, sitting.SittingId, failure);
        }

        await sitting.Journal.WriteAsync();
    }

    /// <summary>The same command id for the same purpose of this sitting, so a call to the case repeated after a crash is harmless.</summary>
    public Guid CommandIdFor(string purpose) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{sitting.SittingId}/{purpose}"))[..16]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sitting {SittingId} could not reach its case; it tries again on its next activation")]
    private static partial void LogCaseUnreachable(ILogger logger, string sittingId, Exception exception);
}
