using Microsoft.Extensions.Time.Testing;

namespace Platform.Integration.Tests.Infrastructure;

public static class FakeClockSteps
{
    /// <summary>
    /// Moves the fake clock to an instant, then on in 5-minute steps (at most 2 hours) until the reminders' effect is seen.
    /// A jump of days lands between a reminder's aligned ticks (Orleans delivers the next one, not the missed one), and the
    /// reminder table is re-read every 5 minutes: the steps let both happen, as real time would.
    /// </summary>
    public static async Task<T> AdvanceAsync<T>(FakeTimeProvider clock, DateTimeOffset instant, Func<Task<T>> observe, Func<T, bool> until)
    {
        if (instant > clock.GetUtcNow())
        {
            clock.SetUtcNow(instant);
        }

        // Reminder delivery runs on the silo's own threads after the fake timer fires: poll its effect, bounded.
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var observed = await observe();
            if (until(observed))
            {
                return observed;
            }

            if (attempt % 10 == 9 && clock.GetUtcNow() < instant.AddHours(2))
            {
                clock.Advance(TimeSpan.FromMinutes(5));
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"nothing happened within 2 hours of fake time after {instant:O}");
    }
}
