using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Validation;

/// <summary>
/// Every request is checked at the edge by the framework, before a handler or a grain sees it (issue 11): the JSON
/// reader refuses a value of the wrong type, the DataAnnotations attributes of the request types refuse the rest —
/// <see cref="PresentAttribute"/> a member left out or null (a required value type is declared nullable so that its
/// absence shows), <see cref="TextAttribute"/>, <see cref="ItemsAttribute"/>, <see cref="FormatAttribute"/>… — and
/// either answers 400 with a ProblemDetails whose <c>errors</c> name each invalid member by its JSON path, in the
/// caller's language.
/// </summary>
public static class ValidationExtensions
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services)
    {
        services.AddValidation();
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new NormalizingStringConverter());
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                // The checks name members as C# does (Attachments[0].StoredAs); the caller knows them as JSON names.
                var errors = validation.Errors.ToDictionary(entry => JsonPath(entry.Key), entry => entry.Value);
                validation.Errors.Clear();
                foreach (var (member, messages) in errors)
                {
                    validation.Errors[member] = messages;
                }

                context.ProblemDetails.Title = ValidationText.Title;
                context.ProblemDetails.Detail = ValidationText.Detail;
                context.ProblemDetails.Extensions["language"] = Problem.Language(context.HttpContext);
            }
        });
        return services;
    }

    /// <summary><c>Attachments[0].StoredAs</c> as the JSON body names it: <c>attachments[0].storedAs</c>.</summary>
    public static string JsonPath(string member) =>
        string.Join('.', member.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));

    /// <summary>The request's language for resources; first in the pipeline, so every later answer uses it.</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.UseMiddleware<RequestLanguage>();

    /// <summary>
    /// The answer to a body the JSON reader refused: the member it stopped at (<c>$.attachments[0].kind</c> becomes
    /// <c>attachments[0].kind</c>, the form the attribute checks use), or <c>$</c> when the body itself is unreadable.
    /// </summary>
    public static HttpValidationProblemDetails Unreadable(HttpContext context, JsonException? json)
    {
        var path = json?.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : json?.Path ?? "$";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path] = [ValidationText.Unreadable] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ValidationText.Title,
            Detail = ValidationText.Detail,
            Extensions = { ["language"] = Problem.Language(context) },
        };
    }
}
