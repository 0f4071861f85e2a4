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
        builder.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
        builder.Services.AddHostedService<AdjustableClockRefresher>();
        return builder;
    }
}
