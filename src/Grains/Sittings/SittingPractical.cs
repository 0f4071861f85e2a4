using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The practical stage's calls against the technological map (P16, P17), decided by <see cref="PracticalStage"/>, and
/// technical failure (P11); what they tell the case goes through <see cref="SittingCaseLink"/>.
/// </summary>
internal sealed class SittingPractical(SittingPipeline sitting, SittingCaseLink link)
{
    public async Task<SittingResult> MarkStep(MarkStep command)
    {
        var practical = new PracticalStage(sitting.S);
        if (practical.CheckMark(command, SittingPipeline.NotOpened) is { } refused)
        {
            return sitting.Refused(refused);
        }

        if (practical.Marked(command) is { } marked)
        {
            await sitting.Journal.RecordHotAsync([marked]);
        }

        return sitting.Answer();
    }

    public Task<SittingResult> Complete(SittingCommand command)
    {
        var practical = new PracticalStage(sitting.S);
        return sitting.Act(
            command.CommandId, command.By, SittingAction.CompletePractical, null,
            _ => practical.Completed(command.By),
            _ =>
            {
                practical.Complete();
                link.Complete(SittingEnd.Completed, command.By);
            });
    }

    public Task<SittingResult> ReportTechnicalFailure(SittingCommand command) => sitting.Act(
        command.CommandId, command.By, SittingAction.ReportTechnicalFailure, null,
        _ => new TechnicalFailureReported(command.By.Subject, command.By.Role, Rule.P11.Id),
        now =>
        {
            sitting.S.EndedAt = now;
            link.ReportTechnicalFailure();
        });
}
