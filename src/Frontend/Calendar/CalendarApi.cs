using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Calendar;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Site;
using Platform.Hosting;

namespace Platform.Frontend.Calendar;

/// <summary>The public, read-only working-day calendar of Kazakhstan (SPEC §3).</summary>
public static class CalendarApi
{
    /// <summary>More working days than a year holds is no statutory deadline: refused as absurd.</summary>
    public const int MaxWorkingDays = 260;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar").WithTags("Calendar").AllowAnonymous();
        api.MapGet("/{year:int}", GetYear)
            .WithSummary("The year's non-working weekdays and worked weekend days, each with its reason.");
        api.MapGet("/deadline", GetDeadline)
            .WithSummary("The N-th working day after a day: the due date of \"within N working days after the day of X\".");

        // SPEC §3: the next year's calendar (and Kurban Ait once published) is loaded without a release.
        app.MapPut("/api/v1/admin/calendar/{year:int}", LoadYear)
            .WithTags("Administration")
            .WithSummary("Loads or replaces a year of the working calendar (the JSON format of the shipped data files).")
            .RequireAuthorization(Policies.Administrator);
        return app;
    }

    private static async Task<Results<Ok<CalendarYearResponse>, ProblemHttpResult>> LoadYear(
        int year, HttpRequest request, CalendarSource calendars, HttpContext context)
    {
        using var reader = new StreamReader(request.Body);
        var (data, error) = CalendarYearDocument.Read(year, await reader.ReadToEndAsync(context.RequestAborted));
        if (data is null)
        {
            return Problem.BadRequest(context, Messages.InvalidCalendar, DomainWording.Text(error!));
        }

        await calendars.LoadYearAsync(data);
        var calendar = await calendars.GetAsync();
        return TypedResults.Ok(CalendarYearResponse.From(calendar.DataFor(year), calendar.DescribeYear(year)));
    }

    private static async Task<Results<Ok<CalendarYearResponse>, ProblemHttpResult>> GetYear(
        int year, CalendarSource calendars, HttpContext context)
    {
        var calendar = await calendars.GetAsync();
        if (!calendar.Years.Contains(year))
        {
            return NotLoaded(context, year);
        }

        return TypedResults.Ok(CalendarYearResponse.From(calendar.DataFor(year), calendar.DescribeYear(year)));
    }

    private static async Task<Results<Ok<DeadlineResponse>, ProblemHttpResult>> GetDeadline(
        string? from, string? workingDays, CalendarSource calendars, HttpContext context)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problem.BadRequest(context, Messages.InvalidDate, Messages.InvalidDateDetail(from));
        }

        if (!int.TryParse(workingDays, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > MaxWorkingDays)
        {
            return Problem.BadRequest(context, Messages.InvalidWorkingDays, Messages.InvalidWorkingDaysDetail(workingDays, MaxWorkingDays));
        }

        var calendar = await calendars.GetAsync();
        try
        {
            var due = calendar.AddWorkingDays(day, n);
            return TypedResults.Ok(new DeadlineResponse(day, n, due, calendar.DeadlineAfter(day, n), KazakhstanTime.Zone.Id));
        }
        catch (CalendarYearNotLoadedException missing)
        {
            return NotLoaded(context, missing.Year);
        }
    }

    private static ProblemHttpResult NotLoaded(HttpContext context, int year) =>
        Problem.NotFound(context, Messages.YearNotLoaded, Messages.YearNotLoadedDetail(year));
}
