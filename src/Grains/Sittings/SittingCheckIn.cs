using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>Opening a sitting and check-in (P6, P8, P2.8), decided by <see cref="CheckInStage"/>, logged and written through the pipeline.</summary>
internal sealed class SittingCheckIn(SittingPipeline sitting, SittingCaseLink link)
{
    private ExamSessionState S => sitting.S;

    private CheckInStage Stage => new(S);

    public async Task<SittingResult> Open(OpenSitting command)
    {
        if (S.Exists)
        {
            return sitting.Repeated(command.CommandId, command.By) ?? sitting.Refused(Refusal.Of(Rule.P6, "SittingAlreadyOpen"));
        }

        // The version current now is the sitting's for good: its ticket is drawn from it when the theory opens.
        var loaded = await link.LoadProgramAsync(command.ProgramCode, null);
        var registered = await link.RegisteredAsync(command.CaseId);
        if (CheckInStage.CheckOpening(command, loaded?.Program, registered) is { } refused)
        {
            return sitting.Refused(refused);
        }

        var (program, version) = loaded!.Value;
        return await sitting.CommitAsync(command.CommandId, command.By, CheckInStage.Opened(command, version), () => Stage.Open(command, program, version));
    }

    public Task<SittingResult> CheckIn(CheckIn command) => sitting.Act(
        command.CommandId, command.By, SittingAction.CheckIn,
        () => Task.FromResult(Stage.CheckAcquaintance(command)),
        _ => CheckInStage.CheckedIn(command),
        now => Stage.CheckIn(command, now));

    public Task<SittingResult> VerifyIdentity(SittingCommand command) =>
        RecordSignalAsync(new IdentityVerified(command.By.Subject, command.By.Role, null, null, null, Rule.P2_8.Id), S.CheckIn.IdentityVerifiedAt);

    public Task<SittingResult> CompleteRoomScan(SittingCommand command) =>
        RecordSignalAsync(new RoomScanCompleted(command.By.Subject, command.By.Role, Rule.P2_8.Id), S.CheckIn.RoomScanCompletedAt);

    /// <summary>P2.8: an online signal is logged once; a repeat answers the sitting as it is.</summary>
    private async Task<SittingResult> RecordSignalAsync(SittingEvent signal, DateTimeOffset? already)
    {
        if (Stage.CheckSignal(SittingPipeline.NotOpened) is { } refused)
        {
            return sitting.Refused(refused);
        }

        if (already is null)
        {
            await sitting.Journal.RecordHotAsync([signal]);
        }

        return sitting.Answer();
    }
}
