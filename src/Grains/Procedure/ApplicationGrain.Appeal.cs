using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 13-15 (P20-P23): the appeal filed, registered to its commission, and decided.</summary>
public sealed partial class ApplicationGrain
{
    public Task<CaseResult> FileAppeal(FileAppeal command) => Act(
        command.CommandId, command.By, ApplicationAction.FileAppeal,
        _ => string.IsNullOrWhiteSpace(command.Grounds) ? Refusal.Of(Rule.P20, "AppealGroundsMissing") : null,
        step =>
        {
            if (!Case.Deadlines.ContainsKey(AppealWindow))
            {
                Deadlines.Open(AppealWindow, step); // an appeal is proof the results were received
            }

            Case.AppealGrounds = command.Grounds;
            Deadlines.Meet(AppealWindow, step);
            Deadlines.Open(DeadlineKind.AppealDecision, step);
        });

    public async Task<CaseResult> RegisterAppeal(RegisterAppeal command)
    {
        // Read before the action: the commission named (P21) and who decided the case (P21-1), checked by the domain.
        var panel = Case.Exists && command.AppealCommissionId is not null ? await AppealPanel.LoadAsync(GrainFactory, command.AppealCommissionId, Case.Protocol) : null;
        return await Act(
            command.CommandId, command.By, ApplicationAction.RegisterAppeal,
            _ => panel is null ? AppealCommissionCheck.NotFormed
                : AppealCommissionCheck.Registration(panel.Commission, CaseId, Case.CenterNumber, panel.Examiners),
            _ => Case.AppealCommissionId = command.AppealCommissionId);
    }

    public Task<CaseResult> DecideAppeal(DecideAppeal command) => Act(
        command.CommandId, command.By,
        command.Outcome switch
        {
            AppealOutcome.Upheld => ApplicationAction.UpholdAppeal,
            AppealOutcome.Rejected => ApplicationAction.RejectAppeal,
            _ => ApplicationAction.OrderResit,
        },
        _ => string.IsNullOrWhiteSpace(command.Reasons) ? Refusal.Of(Rule.P22, "AppealReasonsMissing") : null,
        step =>
        {
            Case.AppealDecision = command;
            Deadlines.Meet(DeadlineKind.AppealDecision, step);
            Deadlines.Open(AppealProtocolRetention, step);
            if (command.Outcome == AppealOutcome.Upheld)
            {
                Deadlines.Open(AppealUpheldDocumentIssue, step);
            }
            else if (command.Outcome == AppealOutcome.TechnicalDiscrepancy)
            {
                StartAgain(step); // P23: sits again from step 5 (P6-P17)
            }
        },
        async (step, context) => CaseDocuments.Appeal(CaseId, Case, context, await CommissionAsync(Case.AppealCommissionId), step.Today));
}
