using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Frontend.Validation;

/// <summary>
/// Every string a request carries is read in Unicode normalization form C, so "ё" typed as "е" + combining diaeresis
/// and "ё" typed as one character are the same surname, the same length and the same search key. A string that cannot
/// be normalized (an unpaired surrogate) is unreadable: a 400 naming the member, like a wrong type. Writing is untouched.
/// </summary>
public sealed class NormalizingStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        try
        {
            return text is null || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            throw new JsonException("The string is not valid Unicode.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
