using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Site.Commission;
using Platform.Frontend.Sittings;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Schedule;

/// <summary>
/// The scheduling and exam-day actions, each case through the same door as the HTTP API: the exam notice
/// (<c>POST …/cases/{caseId}/exam-notice</c>, <see cref="CaseGate.AsStaff"/> with <see cref="ScheduleExam"/>, so the
/// grain's P6/P7/P11 checks apply to every case of a group), the sick-leave sheet received (P7), and the sitting opened
/// (<see cref="SittingOpeningApi.Open"/>). Each case of a group form gets its own command id, derived from the form's,
/// so a double submit of the form is one command per case.
/// </summary>
public sealed class ScheduleActions(CaseGate gate, SittingGate sittings, IGrainFactory grains, ScheduleReader reader, ScheduleRooms rooms)
{
    private static readonly string[] Waiting = ["contractConcluded", "rescheduled"];

    /// <summary>
    /// P6 for a group (or P7/P11 for one case to reschedule): one date, time and place — a room, refused as a whole when
    /// the cases chosen and those already seated there at that time exceed its capacity — or online.
    /// </summary>
    public async Task<GroupAnswer> SendNoticesAsync(HttpContext context, string center, PlatformUser user, Guid? commandId, NoticeForm form)
    {
        var errors = form.Errors(rooms.Find(center, form.Room));
        var chosen = form.CaseIds.Count == 0 ? [] : await reader.ChosenAsync(center, form.CaseIds, Waiting, context.RequestAborted);
        if (form.CaseIds.Count > 0 && chosen.Count == 0)
        {
            errors["cases"] = SiteText.Say("Schedule.Error.NoCases");
        }
        else if (chosen.Select(c => c.View.ProgramCode).Distinct().Count() > 1)
        {
            errors["cases"] = SiteText.Say("Schedule.Error.OneProgram");
        }

        if (errors.Count > 0)
        {
            return new GroupAnswer(DeskOutcome.Invalid(context, SiteText.Say("Schedule.Error.Summary")), [], errors);
        }

        var startsAt = KazakhstanTime.StartOfDay(form.Date!.Value).Add(form.Time!.Value.ToTimeSpan());
        var room = rooms.Find(center, form.Room);
        if (room is not null)
        {
            var seated = await reader.SeatedAsync(center, startsAt, room.Place, context.RequestAborted);
            if (seated + chosen.Count > room.Capacity)
            {
                return new GroupAnswer(DeskOutcome.Answer(context, new DeskOutcome(StatusCodes.Status409Conflict,
                    SiteText.Say("Schedule.Error.Capacity", room.Place, room.Capacity, seated, chosen.Count), null)), [], []);
            }
        }

        var place = room?.Place ?? NoticeForm.OnlinePlace;
        var formId = commandId ?? Guid.NewGuid();
        var outcomes = new List<CaseOutcome>();
        foreach (var @case in chosen)
        {
            FormCommand.Carry(context, PerCase(formId, @case.CaseId));
            var reason = @case.PendingReschedule;
            outcomes.Add(new CaseOutcome(@case, DeskOutcome.From(context, await gate.AsStaff(center, @case.CaseId, user, RoleOf(user), context,
                (grain, by, id) => grain.ScheduleExam(new ScheduleExam(id, startsAt, place, room is null, reason, by))))));
        }

        context.NoteAudit(center, ("action", "case.exam-notice.group"), ("cases", string.Join(' ', chosen.Select(c => c.CaseId))),
            ("sent", outcomes.Count(o => o.Outcome.Succeeded).ToString()), ("refused", outcomes.Count(o => !o.Outcome.Succeeded).ToString()));
        return new GroupAnswer(Overall(context, outcomes), outcomes, errors);
    }

    /// <summary>Step 6 (P7): the copy of the sick-leave sheet received; the reschedule may follow.</summary>
    public async Task<DeskOutcome> SheetReceivedAsync(HttpContext context, string center, string caseId, PlatformUser user, Guid? commandId)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", "case.sick-leave-sheet-received"));
        return DeskOutcome.From(context, await gate.AsStaff(center, caseId, user, RoleOf(user), context,
            (grain, by, id) => grain.RecordSickLeaveSheetReceived(new CaseCommand(id, by))));
    }

    /// <summary>P6, P8: opens every online sitting of the day's exams that start at <paramref name="startsAt"/>.</summary>
    public async Task<GroupAnswer> OpenOnlineAsync(HttpContext context, string center, PlatformUser user, Guid? commandId, DateTimeOffset startsAt)
    {
        var day = await reader.DayAsync(center, KazakhstanTime.DateOf(startsAt), context.RequestAborted);
        var slot = day.Where(c => c.OnlineToOpen && c.View.Exam!.StartsAt == startsAt).ToList();
        if (slot.Count == 0)
        {
            return new GroupAnswer(DeskOutcome.Invalid(context, SiteText.Say("Schedule.Day.NothingToOpen")), [], []);
        }

        var formId = commandId ?? Guid.NewGuid();
        var outcomes = new List<CaseOutcome>();
        foreach (var @case in slot)
        {
            FormCommand.Carry(context, PerCase(formId, @case.CaseId));
            outcomes.Add(new CaseOutcome(@case, DeskOutcome.From(context, await SittingOpeningApi.Open(center, @case.CaseId, user, sittings, grains, context))));
        }

        context.NoteAudit(center, ("action", "sitting.open.slot"), ("startsAt", startsAt.ToString("O")), ("cases", string.Join(' ', slot.Select(c => c.CaseId))),
            ("opened", outcomes.Count(o => o.Outcome.Succeeded).ToString()));
        return new GroupAnswer(Overall(context, outcomes), outcomes, new Dictionary<string, string>());
    }

    /// <summary>
    /// P9, issue 16: opens the theory of every sitting of the slot in one command, through the same door as the HTTP API
    /// (<see cref="SlotTheoryApi"/>: the silo tells the sittings, each decides); each case's outcome, refused ones with
    /// the rule as the API words it.
    /// </summary>
    public async Task<GroupAnswer> OpenTheoriesAsync(HttpContext context, string center, PlatformUser user, Guid? commandId, DateTimeOffset startsAt)
    {
        if (sittings.AtDesk(user, center) != Security.Access.AccessDecision.Allowed)
        {
            return new GroupAnswer(DeskOutcome.Answer(context, new DeskOutcome(StatusCodes.Status404NotFound, null, null)), [], []);
        }

        var slot = await SlotTheoryApi.OpenAsync(grains, center, startsAt, commandId ?? Guid.NewGuid(), SittingGate.ActorOf(user, SittingDoor.Desk));
        var cases = (await reader.DayAsync(center, KazakhstanTime.DateOf(startsAt), context.RequestAborted)).ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var language = Problems.Problem.Language(context);
        var outcomes = slot.Sittings.Where(s => cases.ContainsKey(s.CaseId)).Select(s => new CaseOutcome(cases[s.CaseId], s.Refusal is { } refusal
            ? new DeskOutcome(StatusCodes.Status409Conflict, CaseMessages.RefusedDetail(refusal).In(language), refusal.Rule.Id)
            : DeskOutcome.Done)).ToList();
        if (outcomes.Count == 0)
        {
            return new GroupAnswer(DeskOutcome.Invalid(context, SiteText.Say("Schedule.Day.NoTheoryToOpen")), [], []);
        }

        context.NoteAudit(center, ("action", "sitting.theory-open.slot"), ("startsAt", startsAt.ToString("O")),
            ("opened", outcomes.Count(o => o.Outcome.Succeeded).ToString()), ("refused", outcomes.Count(o => !o.Outcome.Succeeded).ToString()));
        return new GroupAnswer(Overall(context, outcomes), outcomes, new Dictionary<string, string>());
    }

    /// <summary>A case's own command id within a group form: stable for the form's id and the case.</summary>
    public static Guid PerCase(Guid formId, string caseId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{formId:N}/{caseId}")).AsSpan(0, 16));

    /// <summary>A head may do a registrar's work; the action records the role actually held (as the API does).</summary>
    private static string RoleOf(PlatformUser user) => user.Has(Roles.Registrar) ? Roles.Registrar : Roles.HeadOfCenter;

    /// <summary>200 when any case's action was taken (a change the audit records), 409 when every one was refused.</summary>
    private static DeskOutcome Overall(HttpContext context, List<CaseOutcome> outcomes) =>
        outcomes.Count > 0 && outcomes.All(o => !o.Outcome.Succeeded)
            ? DeskOutcome.Answer(context, new DeskOutcome(StatusCodes.Status409Conflict, SiteText.Say("Schedule.AllRefused"), outcomes[0].Outcome.Rule))
            : DeskOutcome.Answer(context, DeskOutcome.Done);
}

/// <summary>A group form's answer: the overall outcome, each case's, and the errors of the form's fields.</summary>
public sealed record GroupAnswer(DeskOutcome Outcome, IReadOnlyList<CaseOutcome> Cases, Dictionary<string, string> Errors);

/// <summary>The exam notice form: the cases, the date and time (Almaty), and the room's id or <c>online</c>.</summary>
public sealed record NoticeForm(IReadOnlyList<string> CaseIds, DateOnly? Date, TimeOnly? Time, string? Room)
{
    public const string Online = "online";

    /// <summary>The place an online exam notice names, in both languages of the notice (P6, P9): the candidate's own account.</summary>
    public const string OnlinePlace = "Онлайн: үміткердің жеке кабинеті / Онлайн: личный кабинет кандидата";

    public static NoticeForm Read(IFormCollection form) => new(
        [.. form["cases"].Where(id => !string.IsNullOrEmpty(id)).Select(id => id!)],
        DateOnly.TryParseExact(form["date"].ToString(), "yyyy-MM-dd", out var date) ? date : null,
        TimeOnly.TryParseExact(form["time"].ToString(), ["HH:mm", "HH:mm:ss"], out var time) ? time : null,
        form["room"].ToString());

    /// <summary>The fields' errors by field name, in the page language.</summary>
    public Dictionary<string, string> Errors(ExamRoom? room)
    {
        var errors = new Dictionary<string, string>();
        if (CaseIds.Count == 0)
        {
            errors["cases"] = SiteText.Say("Schedule.Error.NoCases");
        }

        if (Date is null)
        {
            errors["date"] = SiteText.Say("Schedule.Error.Date");
        }

        if (Time is null)
        {
            errors["time"] = SiteText.Say("Schedule.Error.Time");
        }

        if (Room != Online && room is null)
        {
            errors["room"] = SiteText.Say("Schedule.Error.Room");
        }

        return errors;
    }
}
