using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The API's checks of a request record, run on a form: each constructor parameter's validation attributes
/// (<c>[Present]</c>, <c>[Text]</c>, <c>[Email]</c>, <c>[Phone]</c>…), so a page refuses exactly what the API refuses,
/// in the page's language. The first problem of each field, by the parameter's name.
/// </summary>
public static class FieldChecks
{
    public static Dictionary<string, string> Of<T>(T request) where T : notnull
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var constructor = typeof(T).GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        foreach (var parameter in constructor.GetParameters())
        {
            var value = typeof(T).GetProperty(parameter.Name!)?.GetValue(request);
            var context = new ValidationContext(request) { MemberName = parameter.Name, DisplayName = parameter.Name! };
            foreach (var attribute in parameter.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                if (attribute.GetValidationResult(value, context) is { ErrorMessage: { } message })
                {
                    errors[parameter.Name!] = message;
                    break;
                }
            }
        }

        return errors;
    }
}
