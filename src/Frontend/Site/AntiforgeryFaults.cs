using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Antiforgery;
using Platform.Frontend.Faults;

namespace Platform.Frontend.Site;

/// <summary>
/// A form's token that could not be checked because the key ring could not be read (PostgreSQL unreachable) is a fault,
/// not a stale form: the antiforgery middleware records every failure alike, so the fault is thrown on here and the
/// person gets 503 (try again) rather than "the form expired" (<see cref="StaleForms"/>).
/// </summary>
public sealed class AntiforgeryFaults(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false, Error.InnerException: { } cause }
            && PlatformFaults.IsFault(cause))
        {
            ExceptionDispatchInfo.Throw(cause);
        }

        return next(context);
    }
}
