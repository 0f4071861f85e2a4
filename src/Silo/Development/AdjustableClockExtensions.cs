using Orleans.Hosting;
using Orleans.Reminders;
using Platform.Hosting;

namespace Platform.Silo.Development;

/// <summary>
/// DEVELOPMENT ONLY (issue 7, the load test): with <c>Platform:Development:AdjustableClock=true</c> the procedure clock
/// (<see cref="PlatformClock.Key"/>) and the reminders' clock are one <see cref="AdjustableClock"/>, so a load test
/// can reach an exam day 10-20 working days ahead (P6) without waiting, and a reminder whose instant a move passed fires
/// within a minute (its timer follows the moved clock; see <see cref="AdjustableClock"/>). Refused outside Development.
/// </summary>
public static class AdjustableClockExtensions
{
    public const string Setting = "Platform:Development:AdjustableClock";

    public static IHostApplicationBuilder AddAdjustableClockInDevelopment(this IHostApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue(Setting, false))
        {
            return builder;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{Setting} is for the Development environment only.");
        }

        var clock = new AdjustableClock();
        builder.Services.AddSingleton(clock);
        builder.Services.AddKeyedSingleton<TimeProvider>(PlatformClock.Key, clock);
        UseReminderClock(builder.Services, clock);
        builder.Services.AddHostedService<AdjustableClockRefresher>();
        return builder;
    }

    /// <summary>
    /// Puts a clock that moves (this one, a test's) behind the reminders. Orleans' refresh of the reminder list runs on
    /// the reminders' clock too: moved by days, it fired together with every overdue tick, and the silo's reminder
    /// service answered no grain — a new case's reminder registration included — until Orleans' 30 s response timeout
    /// (issue 14, measured with 150 overdue cases: a new application 503 after 31 s; with this, answered in 0.6 s and
    /// every breach on record within 1 s). The refresh and the loading window are set beyond any move, so a move fires
    /// the ticks only; a change of the silos' ring still reloads the list.
    /// </summary>
    public static void UseReminderClock(IServiceCollection services, TimeProvider clock)
    {
        var beyondAnyMove = TimeSpan.FromDays(3650);
        services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, clock);
        services.Configure<ReminderOptions>(options =>
        {
            options.RefreshReminderListPeriod = beyondAnyMove;
            options.ReminderLoadingWindow = beyondAnyMove;
        });
    }
}
