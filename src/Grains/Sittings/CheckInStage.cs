using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// Opening and check-in's rules over the sitting state (P6, P8, P2.8): whether a sitting may open for its case and
/// program, the P8 acknowledgements, and that identity and room scan are online signals. It decides; the grain loads,
/// logs and writes.
/// </summary>
internal sealed class CheckInStage(ExamSessionState s)
{
    private static readonly Refusal OnlineOnly = Refusal.Of(Rule.P2_8, "OnlineProctoringOnly");

    public static Refusal NotLoaded(string programCode) => Refusal.Of(Rule.P9, "ProgramNotLoaded", programCode);

    /// <summary>P6, P9: the program is loaded and offers the mode; the case is registered for this candidate, program, center, mode and language.</summary>
    public static Refusal? CheckOpening(OpenSitting command, QualificationProgram? program, CaseView? registered)
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

    public static Opened Opened(OpenSitting command, int programVersion) =>
        new(command.By.Subject, command.By.Role, Rule.P6.Id, command.ProgramCode, programVersion);

    /// <summary>The sitting as opened: its case, mode and language, the program's version, and from it the time limit, allowed items and map.</summary>
    public void Open(OpenSitting command, QualificationProgram program, int programVersion)
    {
        s.Exists = true;
        (s.CaseId, s.CenterNumber, s.CandidateKey, s.ProgramCode) = (command.CaseId, command.CenterNumber, command.CandidateKey, command.ProgramCode);
        s.ProgramVersion = programVersion;
        (s.Mode, s.Language, s.ScheduledStart) = (command.Mode, command.Language, command.ScheduledStart);
        s.TheoryTimeLimitMinutes = program.Theory.TimeLimitMinutes;
        s.AllowedItems = [.. program.AllowedItems];
        s.Profession = new BilingualText(program.Profession.Kk, program.Profession.Ru);
        var map = program.Practical[0].MapIn(command.Language);
        s.PracticalTaskTitle = map.TaskTitle;
        s.Map = [.. map.Steps.Select(step => new MapStepState(step.Id, step.Title, step.Criteria.ToList(), step.Required))];
    }

    /// <summary>P8: the methodology and the complaint and appeal procedure acknowledged; offline, the safety briefing too.</summary>
    public Refusal? CheckAcquaintance(CheckIn command) =>
        Acquaintance.Check(command.MethodologyAcknowledged, command.ComplaintAndAppealAcknowledged, s.Mode == ExamMode.Offline, command.SafetyBriefingJournalEntry);

    public static CheckedIn CheckedIn(CheckIn command) => new(command.By.Subject, command.By.Role, Rule.P8.Id, command.SafetyBriefingJournalEntry);

    public void CheckIn(CheckIn command, DateTimeOffset now) => s.CheckIn = s.CheckIn with
    {
        MethodologyAcknowledgedAt = now,
        ComplaintAndAppealAcknowledgedAt = now,
        SafetyBriefingAt = s.Mode == ExamMode.Offline ? now : null,
        SafetyBriefingJournalEntry = s.Mode == ExamMode.Offline ? command.SafetyBriefingJournalEntry : null,
    };

    /// <summary>P2.8: identity and room scan are signals of an online sitting.</summary>
    public Refusal? CheckSignal(Refusal notOpened) => !s.Exists || s.Mode != ExamMode.Online ? (s.Exists ? OnlineOnly : notOpened) : null;
}
