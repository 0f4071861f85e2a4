using Platform.Domain.Identity;

namespace Platform.Grains.Documents;

/// <summary>
/// The IIN as a document may carry it (SPEC §4: personal data, never in clear outside its encrypted store):
/// every digit hidden but the last four, e.g. <c>••••••••1234</c>.
/// </summary>
public static class MaskedIin
{
    private const int VisibleDigits = 4;
    private const char Dot = '\u2022';

    /// <summary>The masked form of a valid IIN.</summary>
    public static string Of(Iin iin)
    {
        ArgumentNullException.ThrowIfNull(iin);
        var value = iin.Value;
        return new string(Dot, value.Length - VisibleDigits) + value[^VisibleDigits..];
    }
}
