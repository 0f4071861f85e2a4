using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>Opening a sitting and check-in (P6, P8, P2.8), decided by <see cref="CheckInStage"/>, up to the opening of the theory stage (P9).</summary>
public sealed partial class ExamSessionGrain
{
    private IApplicationGrain Case => GrainFactory.GetGrain<IApplicationGrain>(S.CaseId);

    private CheckInStage CheckInStage => new(S);

    public async Task<SittingResult> Open(OpenSitting command)
    {
        if (S.Exists)
        {
            return Repeated(command.CommandId, command.By) ?? Refused(Refusal.Of(Rule.P6, "SittingAlreadyOpen"));
        }

        var program = await LoadProgramAsync(command.ProgramCode);
        var registered = await GrainFactory.GetGrain<IApplicationGrain>(command.CaseId).Get();
        if (CheckInStage.CheckOpening(command, program, registered) is { } refused)
        {
            return Refused(refused);
        }

        await Journal.CommitAsync([CheckInStage.Opened(command)], () =>
        {
            CheckInStage.Open(command, program!);
            Remember(command.CommandId, command.By);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    public Task<SittingResult> CheckIn(CheckIn command) => Act(
        command.CommandId, command.By, SittingAction.CheckIn,
        () => Task.FromResult(CheckInStage.CheckAcquaintance(command)),
        _ => CheckInStage.CheckedIn(command),
        now => CheckInStage.CheckIn(command, now));

    public Task<SittingResult> VerifyIdentity(SittingCommand command) =>
        RecordCheckInSignalAsync(new IdentityVerified(command.By.Subject, command.By.Role, null, null, null, Rule.P2_8.Id), S.CheckIn.IdentityVerifiedAt);

    public Task<SittingResult> CompleteRoomScan(SittingCommand command) =>
        RecordCheckInSignalAsync(new RoomScanCompleted(command.By.Subject, command.By.Role, Rule.P2_8.Id), S.CheckIn.RoomScanCompletedAt);

    private async Task<SittingResult> RecordCheckInSignalAsync(SittingEvent signal, DateTimeOffset? already)
    {
        if (CheckInStage.CheckSignal(NotOpened) is { } refused)
        {
            return Refused(refused);
        }

        if (already is null)
        {
            await Journal.RecordHotAsync([signal]);
        }

        return new SittingResult(View());
    }

    public Task<SittingResult> OpenTheory(SittingCommand command) => Act(
        command.CommandId, command.By, SittingAction.OpenTheory,
        PrepareTheoryAsync,
        (drawn, now) => Theory.Opened(command.By, drawn, now),
        (drawn, now) => Theory.Open(drawn, now));

    /// <summary>P8, P2.8 gates; then the ticket is drawn and the case told that the exam started (P6 refuses before the exam day).</summary>
    private async Task<Checked<Ticket>> PrepareTheoryAsync()
    {
        if (Theory.CheckReady() is { } notReady)
        {
            return new(null, notReady);
        }

        if (await LoadProgramAsync(S.ProgramCode) is not { } program)
        {
            return new(null, CheckInStage.NotLoaded(S.ProgramCode));
        }

        var drawn = TicketDrawer.Draw(program, S.Language, TicketDrawer.NewSeed());
        // The sitting's own command id, so sent as the sitting: a retry by another member, or the same call queued after a
        // technical failure, is the same sender's repeat, which the case answers (another sender's would be a conflict).
        var started = await Case.StartExam(new CaseCommand(CommandIdFor("start-exam"), Self));
        return new(drawn, started.Refusal);
    }

    private async Task<QualificationProgram?> LoadProgramAsync(string code) =>
        await GrainFactory.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(code)).GetJson() is { } json ? QualificationProgram.Parse(json) : null;

    /// <summary>The same command id for the same purpose of this sitting, so a call to the case repeated after a crash is harmless.</summary>
    private Guid CommandIdFor(string purpose) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{SittingId}/{purpose}"))[..16]);
}
