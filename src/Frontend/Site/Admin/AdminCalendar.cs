using Platform.Domain.Calendar;
using Platform.Frontend.Calendar;
using Platform.Frontend.Security.Audit;
using Platform.Hosting;

namespace Platform.Frontend.Site.Admin;

/// <summary>The answer to an administrator's calendar form: the status earned and the errors by field (empty on success).</summary>
public sealed record CalendarOutcome(int Status, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Status < 400;
}

/// <summary>
/// SPEC §3, the working calendar for the administrator's pages: the years loaded (shipped and uploaded), the years the
/// deadlines will need within <see cref="CalendarHorizon.Days"/> days and have not, and the loading and editing of a
/// year through the same check and service as <c>PUT /api/v1/admin/calendar/{year}</c>.
/// </summary>
public sealed class AdminCalendar(CalendarSource calendars, IServiceProvider services)
{
    /// <summary>The largest calendar file taken (a year is a few kilobytes).</summary>
    public const long MaxFileBytes = 256 * 1024;

    /// <summary>Today in Almaty by the procedure's clock.</summary>
    public DateOnly Today => KazakhstanTime.DateOf((services.GetKeyedService<TimeProvider>(PlatformClock.Key) ?? TimeProvider.System).GetUtcNow());

    public ValueTask<WorkingCalendar> CalendarAsync() => calendars.GetAsync();

    /// <summary>The years missing from the calendar that deadlines counted from today may reach (SPEC §3).</summary>
    public async Task<IReadOnlyList<int>> MissingYearsAsync() => CalendarHorizon.MissingYears(await calendars.GetAsync(), Today);

    /// <summary>Loads a year from an uploaded file in the JSON of the API.</summary>
    public async Task<CalendarOutcome> UploadAsync(HttpContext context, int year, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return Invalid(context, "file", SiteText.Say("Admin.Calendar.Error.NoFile"));
        }

        if (file.Length > MaxFileBytes)
        {
            return Invalid(context, "file", SiteText.Say("Admin.Calendar.Error.TooLarge"));
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var (data, error) = CalendarYearDocument.Read(year, await reader.ReadToEndAsync(context.RequestAborted));
        if (data is null)
        {
            return Invalid(context, "file", SiteText.Say("Admin.Calendar.Error.File", DomainWording.Say(error!)));
        }

        await calendars.LoadYearAsync(data);
        context.NoteAudit($"calendar-{year}", ("action", "calendar.load"), ("holidays", data.Holidays.Count.ToString()), ("transfers", data.Transfers.Count.ToString()));
        return new CalendarOutcome(StatusCodes.Status200OK, new Dictionary<string, string>());
    }

    /// <summary>Applies one edit to the year (an empty year when it is not loaded), validated by the Domain before it is loaded.</summary>
    public async Task<CalendarOutcome> EditAsync(HttpContext context, int year, CalendarEdit edit)
    {
        var calendar = await calendars.GetAsync();
        var current = calendar.Years.Contains(year) ? calendar.DataFor(year) : new CalendarYearData(year, [], [], null);
        var (edited, errors) = edit.Apply(current);
        if (edited is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new CalendarOutcome(StatusCodes.Status400BadRequest, errors);
        }

        if (CalendarYearDocument.Check(edited) is { } invalid)
        {
            return Invalid(context, edit.Action == CalendarEdit.AddTransfer ? "transfer-off" : edit.Action == CalendarEdit.AddHoliday ? "holiday-date" : "action",
                SiteText.Say("Admin.Calendar.Error.Rule", DomainWording.Say(invalid)));
        }

        await calendars.LoadYearAsync(edited);
        context.NoteAudit($"calendar-{year}", ("action", "calendar." + edit.Action), ("day", edit["day"] is { Length: > 0 } day ? day : edit["holiday-date"] + edit["transfer-off"]));
        return new CalendarOutcome(StatusCodes.Status200OK, new Dictionary<string, string>());
    }

    private static CalendarOutcome Invalid(HttpContext context, string field, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return new CalendarOutcome(StatusCodes.Status400BadRequest, new Dictionary<string, string> { [field] = message });
    }
}
