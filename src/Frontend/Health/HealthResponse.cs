using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Health;

/// <summary>
/// Writes the readiness report as JSON. Anyone (a load balancer, an orchestrator) learns the overall status only; the
/// checks and their reasons — addresses, silo names, driver messages — are for a signed-in administrator (issue 11).
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        object body = context.User.IsInRole(Roles.Administrator)
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    entry => entry.Key,
                    entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
            }
            : new { status = report.Status.ToString() };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
