using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security.Limits;

/// <summary>
/// Caps every request body at <see cref="InputLimitsOptions.MaxRequestBodyBytes"/> unless the endpoint sets its own
/// limit (an upload). A declared length over the limit is refused at once with 413 ProblemDetails; a chunked body is
/// cut by the server when it passes the limit, and <see cref="BadRequestExceptionHandler"/> answers the same 413.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<InputLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Problem.Create(context, StatusCodes.Status413PayloadTooLarge, Messages.TooLarge, Messages.TooLargeDetail(limit))
                .ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
