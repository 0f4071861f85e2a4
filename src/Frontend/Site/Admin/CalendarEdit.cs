using System.Globalization;
using Platform.Domain.Calendar;

namespace Platform.Frontend.Site.Admin;

/// <summary>
/// An administrator's change to a year of the working calendar (SPEC §3), read from a form: a day off added (a holiday,
/// state or unmoved) or taken away, a transfer added or taken away. <see cref="Apply"/> makes the edited year, which the
/// Domain then validates; the checks here only name the field at fault in the page's language.
/// </summary>
public sealed record CalendarEdit(string Action, IReadOnlyDictionary<string, string> Fields)
{
    public const string AddHoliday = "add-holiday";
    public const string AddTransfer = "add-transfer";
    public const string Remove = "remove";

    public static CalendarEdit Read(IFormCollection form) => new(
        form["action"].ToString(),
        form.Keys.Where(key => !key.StartsWith("__", StringComparison.Ordinal) && key != "_handler")
            .ToDictionary(key => key, key => form[key].ToString().Trim()));

    public string this[string field] => Fields.GetValueOrDefault(field, "");

    /// <summary>The edited year, or the errors by field (texts in the page's language).</summary>
    public (CalendarYearData? Year, Dictionary<string, string> Errors) Apply(CalendarYearData year)
    {
        var errors = new Dictionary<string, string>();
        switch (Action)
        {
            case AddHoliday:
                var date = Day("holiday-date", year.Year, errors);
                foreach (var field in new[] { "holiday-kk", "holiday-ru", "holiday-en" }.Where(f => this[f].Length == 0))
                {
                    errors[field] = SiteText.Say("Admin.Calendar.Error.Name");
                }

                if (date is { } d && year.Holidays.Any(h => h.Date == d))
                {
                    errors["holiday-date"] = SiteText.Say("Admin.Calendar.Error.Taken");
                }

                var kind = this["holiday-kind"] == "unmoved" ? HolidayKind.Unmoved : HolidayKind.State;
                return errors.Count > 0 ? (null, errors) : (year with
                {
                    Holidays = [.. year.Holidays, new CalendarHoliday(date!.Value, kind, new LocalizedName(this["holiday-en"], this["holiday-ru"], this["holiday-kk"]))],
                }, errors);
            case AddTransfer:
                var off = Day("transfer-off", year.Year, errors);
                var worked = Day("transfer-worked", year.Year, errors);
                if (off is { } o && WorkingCalendar.IsWeekend(o))
                {
                    errors["transfer-off"] = SiteText.Say("Admin.Calendar.Error.OffWeekday");
                }

                if (worked is { } w && !WorkingCalendar.IsWeekend(w))
                {
                    errors["transfer-worked"] = SiteText.Say("Admin.Calendar.Error.WorkedWeekend");
                }

                if (this["transfer-act"].Length == 0)
                {
                    errors["transfer-act"] = SiteText.Say("Admin.Calendar.Error.Act");
                }

                return errors.Count > 0 ? (null, errors) : (year with
                {
                    Transfers = [.. year.Transfers, new CalendarTransfer(off!.Value, worked!.Value, this["transfer-act"])],
                }, errors);
            case Remove when DateOnly.TryParseExact(this["day"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return (year with
                {
                    Holidays = [.. year.Holidays.Where(h => h.Date != day)],
                    Transfers = [.. year.Transfers.Where(t => t.DayOff != day)],
                }, errors);
            default:
                errors["action"] = SiteText.Say("Admin.Calendar.Error.Action");
                return (null, errors);
        }
    }

    private DateOnly? Day(string field, int year, Dictionary<string, string> errors)
    {
        if (!DateOnly.TryParseExact(this[field], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors[field] = SiteText.Say("Admin.Calendar.Error.Date");
            return null;
        }

        if (day.Year != year)
        {
            errors[field] = SiteText.Say("Admin.Calendar.Error.Year", year);
            return null;
        }

        return day;
    }
}
