namespace Platform.Frontend.Security.Audit;

/// <summary>
/// Records every successful state-changing request (any method but GET, HEAD, OPTIONS that an endpoint answered
/// with 2xx, or with 303 See Other: a page's form that succeeded and sends the browser to see its result — the staff
/// desks' redirect-after-post), so no endpoint can forget its audit entry, and each change has one. The entry is
/// written while the response starts, before the client sees the answer: a change whose entry could not be written is
/// answered with an error, not a success.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, IAuditLog log)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var endpoint = context.GetEndpoint() as RouteEndpoint;
        var named = endpoint?.Metadata.GetMetadata<AuditedAction>();
        if (endpoint is not null && named?.IsExempt != true && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)))
        {
            context.Response.OnStarting(() => RecordIfSucceeded(context, named?.Name ?? $"{method} {endpoint.RoutePattern.RawText}"));
        }

        return next(context);
    }

    private Task RecordIfSucceeded(HttpContext context, string action)
    {
        var status = context.Response.StatusCode;
        if (status is (< 200 or > 299) and not StatusCodes.Status303SeeOther)
        {
            return Task.CompletedTask;
        }

        var details = context.Request.RouteValues.ToDictionary(value => value.Key, value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture));
        details["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var note = context.Features.Get<AuditNote>();
        foreach (var (name, value) in note?.Details ?? [])
        {
            details[name] = value;
        }

        return log.RecordAsync(AuditEntry.For(context, action, note?.Subject ?? context.Request.Path.Value, details), CancellationToken.None);
    }
}
