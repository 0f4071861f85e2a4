using System.Text;

namespace Platform.Domain.Identity;

/// <summary>
/// When staff holding a paper App.1 may attach it to a person already registered under the same IIN (issue 11): the
/// surname and given name they hold match the person's, compared after trimming, Unicode normalisation and
/// culture-invariant case folding. The IIN itself is matched by the caller (it keys the person); the birth date is in it.
/// The patronymic, address and contacts are not compared: they are never taken from the paper anyway.
/// </summary>
public static class SamePerson
{
    public static bool NamesMatch(string surname, string givenName, string heldSurname, string heldGivenName) =>
        Same(surname, heldSurname) && Same(givenName, heldGivenName);

    private static bool Same(string registered, string held) =>
        string.Equals(Fold(registered), Fold(held), StringComparison.Ordinal);

    private static string Fold(string name) => name.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();
}
