using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 13-15 (P20-P23): the appeal filed, registered to its commission, and decided.</summary>
internal static class AppealStage
{
    public static StageCommand FileAppeal(FileAppeal command) => new(
        ApplicationAction.FileAppeal,
        _ => string.IsNullOrWhiteSpace(command.Grounds) ? Refusal.Of(Rule.P20, "AppealGroundsMissing") : null,
        c =>
        {
            if (!c.Case.Deadlines.ContainsKey(AppealWindow))
            {
                c.Deadlines.Open(AppealWindow, c.Step); // an appeal is proof the results were received
            }

            c.Case.AppealGrounds = command.Grounds;
            c.Deadlines.Meet(AppealWindow, c.Step);
            c.Deadlines.Open(DeadlineKind.AppealDecision, c.Step);
        });

    /// <summary>The commission named (P21) and who decided the case (P21-1) are read before, in <paramref name="panel"/>.</summary>
    public static StageCommand RegisterAppeal(RegisterAppeal command, AppealPanel? panel) => new(
        ApplicationAction.RegisterAppeal,
        c => panel is null ? AppealCommissionCheck.NotFormed
            : AppealCommissionCheck.Registration(panel.Commission, c.CaseId, c.Case.CenterNumber, panel.Examiners),
        c => c.Case.AppealCommissionId = command.AppealCommissionId);

    public static StageCommand DecideAppeal(DecideAppeal command) => new(
        command.Outcome switch
        {
            AppealOutcome.Upheld => ApplicationAction.UpholdAppeal,
            AppealOutcome.Rejected => ApplicationAction.RejectAppeal,
            _ => ApplicationAction.OrderResit,
        },
        _ => string.IsNullOrWhiteSpace(command.Reasons) ? Refusal.Of(Rule.P22, "AppealReasonsMissing") : null,
        c =>
        {
            c.Case.AppealDecision = command;
            c.Deadlines.Meet(DeadlineKind.AppealDecision, c.Step);
            c.Deadlines.Open(AppealProtocolRetention, c.Step);
            if (command.Outcome == AppealOutcome.Upheld)
            {
                c.Deadlines.Open(AppealUpheldDocumentIssue, c.Step);
            }
            else if (command.Outcome == AppealOutcome.TechnicalDiscrepancy)
            {
                DecisionStage.StartAgain(c); // P23: sits again from step 5 (P6-P17)
            }
        },
        async (c, context) => CaseDocuments.Appeal(c.CaseId, c.Case, context, await c.Commission(c.Case.AppealCommissionId), c.Today));
}
