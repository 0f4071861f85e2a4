using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;

namespace Platform.Frontend.Development;

/// <summary>
/// DEVELOPMENT ONLY (issue 7, the load test): <c>PUT /api/v1/dev/clock</c> moves the procedure clock of silos started
/// with <c>Platform:Development:AdjustableClock=true</c> (they read the offset within a second). Mapped only in the
/// Development environment; answers 404 unless the setting is on; the setting is refused outside Development.
/// </summary>
public static class DevelopmentClockApi
{
    public const string Setting = "Platform:Development:AdjustableClock";

    private static readonly Text Off = new("The adjustable clock is off", "Настраиваемые часы выключены", "Реттелетін сағат өшірулі");

    private static readonly Text OffDetail = new(
        $"DEVELOPMENT ONLY: start the silos and the frontend with {Setting}=true.",
        $"ТОЛЬКО ДЛЯ РАЗРАБОТКИ: запустите силосы и фронтенд с {Setting}=true.",
        $"ТЕК ӘЗІРЛЕУ ҮШІН: силостар мен фронтендті {Setting}=true арқылы іске қосыңыз.");

    public static WebApplication MapDevelopmentClock(this WebApplication app)
    {
        var enabled = app.Configuration.GetValue(Setting, false);
        if (!app.Environment.IsDevelopment())
        {
            return enabled ? throw new InvalidOperationException($"{Setting} is for the Development environment only.") : app;
        }

        app.MapPut("/api/v1/dev/clock", (ClockRequest request, NpgsqlDataSource database, TimeProvider time, HttpContext context) =>
                SetAsync(enabled, request, database, time, context))
            .RequireAuthorization(Policies.Administrator).Audited("development.clock-set").WithTags("Development only")
            .WithSummary("DEVELOPMENT ONLY: moves the procedure clock of the silos (Platform:Development:AdjustableClock).");
        return app;
    }

    private static async Task<Results<Ok<ClockSetting>, ProblemHttpResult>> SetAsync(
        bool enabled, ClockRequest request, NpgsqlDataSource database, TimeProvider time, HttpContext context)
    {
        if (!enabled)
        {
            return Problem.NotFound(context, Off, OffDetail);
        }

        var system = time.GetUtcNow();
        var offset = request.Now is { } now ? (long)(now - system).TotalMilliseconds : 0;
        await using var command = database.CreateCommand("update dev_clock set offset_ms = $1, updated_at = now() where id");
        command.Parameters.Add(new NpgsqlParameter { Value = offset });
        await command.ExecuteNonQueryAsync(context.RequestAborted);
        return TypedResults.Ok(new ClockSetting(system.AddMilliseconds(offset), offset));
    }
}
