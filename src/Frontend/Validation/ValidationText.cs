using System.Globalization;
using System.Resources;

namespace Platform.Frontend.Validation;

/// <summary>
/// The wording of the request checks, from <c>Resources/ValidationText.resx</c> (en) and its <c>ru</c> and <c>kk</c>
/// translations, in the request's UI culture (<see cref="RequestLanguage"/> sets it). The attributes name these
/// properties through <c>ErrorMessageResourceType</c>, as DataAnnotations expects.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources =
        new("Platform.Frontend.Validation.Resources.ValidationText", typeof(ValidationText).Assembly);

    public static string Required => Get(nameof(Required));

    public static string TooLong => Get(nameof(TooLong));

    public static string Invisible => Get(nameof(Invisible));

    public static string ForbiddenCharacters => Get(nameof(ForbiddenCharacters));

    public static string Email => Get(nameof(Email));

    public static string Phone => Get(nameof(Phone));

    public static string Format => Get(nameof(Format));

    public static string Range => Get(nameof(Range));

    public static string TooManyItems => Get(nameof(TooManyItems));

    public static string TooFewItems => Get(nameof(TooFewItems));

    public static string EmptyItem => Get(nameof(EmptyItem));

    public static string BadItem => Get(nameof(BadItem));

    public static string Unreadable => Get(nameof(Unreadable));

    public static string Title => Get(nameof(Title));

    public static string Detail => Get(nameof(Detail));

    /// <summary>A format's description (the resources ending in <c>Format</c>), for <see cref="FormatAttribute"/>.</summary>
    public static string Describe(string name) => Get(name);

    private static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No validation text '{name}'.");
}
