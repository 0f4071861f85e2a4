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

/// <summary>Opening a sitting and check-in (P6, P8, P2.8), up to the opening of the theory stage (P9).</summary>
public sealed partial class ExamSessionGrain
{
    private static readonly Refusal OnlineOnly = Refusal.Of(Rule.P2_8, "OnlineProctoringOnly");

    private IApplicationGrain Case => GrainFactory.GetGrain<IApplicationGrain>(S.CaseId);

    public async Task<SittingResult> Open(OpenSitting command)
    {
        if (S.Exists)
        {
            return Repeated(command.CommandId, command.By) ?? Refused(Refusal.Of(Rule.P6, "SittingAlreadyOpen"));
        }

        var program = await LoadProgramAsync(command.ProgramCode);
        var registered = await GrainFactory.GetGrain<IApplicationGrain>(command.CaseId).Get();
        if (CheckOpening(command, program, registered) is { } refused)
        {
            return Refused(refused);
        }

        var task = program!.Practical[0];
        await Journal.CommitAsync([new Opened(command.By.Subject, command.By.Role, Rule.P6.Id, command.ProgramCode)], () =>
        {
            S.Exists = true;
            (S.CaseId, S.CenterNumber, S.CandidateKey, S.ProgramCode) = (command.CaseId, command.CenterNumber, command.CandidateKey, command.ProgramCode);
            (S.Mode, S.Language, S.ScheduledStart) = (command.Mode, command.Language, command.ScheduledStart);
            S.TheoryTimeLimitMinutes = program.Theory.TimeLimitMinutes;
            S.AllowedItems = [.. program.AllowedItems];
            S.Profession = new BilingualText(program.Profession.Kk, program.Profession.Ru);
            var map = task.MapIn(command.Language);
            S.PracticalTaskTitle = map.TaskTitle;
            S.Map = [.. map.Steps.Select(step => new MapStepState(step.Id, step.Title, step.Criteria.ToList(), step.Required))];
            Remember(command.CommandId, command.By);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    private static Refusal NotLoaded(string programCode) => Refusal.Of(Rule.P9, "ProgramNotLoaded", programCode);

    private static Refusal? CheckOpening(OpenSitting command, QualificationProgram? program, CaseView? registered)
    {
        if (program is null || program.Practical.Count == 0)
        {
            return NotLoaded(command.ProgramCode);
        }

        if (!program.Offers(command.Mode))
        {
            return command.Mode == ExamMode.Online
                ? Refusal.Of(Rule.P9, "ProgramNotOnline", command.ProgramCode)
                : Refusal.Of(Rule.P9, "ProgramNotOffline", command.ProgramCode);
        }

        if (registered is null || registered.CandidateKey != command.CandidateKey || registered.ProgramCode != command.ProgramCode
            || registered.CenterNumber != command.CenterNumber)
        {
            return Refusal.Of(Rule.P6, "NoCaseForSitting");
        }

        return registered.Exam is { } exam && (exam.Online != (command.Mode == ExamMode.Online) || exam.Language != command.Language.ToString().ToLowerInvariant())
            ? Refusal.Of(Rule.P6.And(Rule.P9), "SittingModeAndLanguage")
            : null;
    }

    public Task<SittingResult> CheckIn(CheckIn command) => Act(
        command.CommandId, command.By, SittingAction.CheckIn,
        () => Task.FromResult(CheckAcquaintance(command)),
        _ => new CheckedIn(command.By.Subject, command.By.Role, Rule.P8.Id, command.SafetyBriefingJournalEntry),
        now => S.CheckIn = S.CheckIn with
        {
            MethodologyAcknowledgedAt = now,
            ComplaintAndAppealAcknowledgedAt = now,
            SafetyBriefingAt = S.Mode == ExamMode.Offline ? now : null,
            SafetyBriefingJournalEntry = S.Mode == ExamMode.Offline ? command.SafetyBriefingJournalEntry : null,
        });

    private Refusal? CheckAcquaintance(CheckIn command) =>
        Acquaintance.Check(command.MethodologyAcknowledged, command.ComplaintAndAppealAcknowledged, S.Mode == ExamMode.Offline, command.SafetyBriefingJournalEntry);

    public Task<SittingResult> VerifyIdentity(SittingCommand command) =>
        RecordCheckInSignalAsync(new IdentityVerified(command.By.Subject, command.By.Role, null, null, null, Rule.P2_8.Id), S.CheckIn.IdentityVerifiedAt);

    public Task<SittingResult> CompleteRoomScan(SittingCommand command) =>
        RecordCheckInSignalAsync(new RoomScanCompleted(command.By.Subject, command.By.Role, Rule.P2_8.Id), S.CheckIn.RoomScanCompletedAt);

    private async Task<SittingResult> RecordCheckInSignalAsync(SittingEvent signal, DateTimeOffset? already)
    {
        if (!S.Exists || S.Mode != ExamMode.Online)
        {
            return Refused(S.Exists ? OnlineOnly : NotOpened);
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
            return new(null, NotLoaded(S.ProgramCode));
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
