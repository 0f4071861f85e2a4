using System.Text.Json.Serialization;
using Platform.Domain.Exams;
using Platform.Domain.Proctoring;

namespace Platform.Domain.Programs;

/// <summary>
/// A qualification program (SPEC §5): per profession and NRK level, the mode(s) of the exam (P9), the theory bank
/// in kk and ru with the ticket blueprint and time limit (P9, P15), the practical task(s) with their technological
/// maps (P16, P17), the items of P12 it allows, the validity of the document it leads to (App.2), and whether
/// education and work-experience documents are required (P4). OKED, NKZ and NRK feed the serial number (App.2).
/// <para>
/// The JSON form (camelCase, unknown members refused) is read by <see cref="Parse"/> and written by
/// <see cref="ToJson"/>; a parsed program is valid, see <see cref="Validate"/>.
/// </para>
/// </summary>
/// <param name="Code">The program's slug, e.g. "accountant-nrk5": lowercase letters, digits and hyphens, starting with a letter.</param>
/// <param name="Profession">The profession in kk and ru, as printed on the document.</param>
/// <param name="Oked">The OKED subclass, 5 digits (serial level 1).</param>
/// <param name="Nkz">The NKZ profession code, 8 digits, or "0" when the profession has none (serial level 2).</param>
/// <param name="NrkLevel">The NRK level of the recognition, 1-8 (serial level 3).</param>
/// <param name="Modes">Online and/or offline (P9).</param>
/// <param name="ValidityYears">How long the recognition document is valid, in years.</param>
/// <param name="Documents">P4: which documents the application needs.</param>
/// <param name="AllowedItems">P12: the prohibited items this program allows (a calculator for accountants, say).</param>
/// <param name="Theory">The theory stage.</param>
/// <param name="Practical">The practical task(s).</param>
public sealed record QualificationProgram(
    string Code,
    LocalizedText Profession,
    string Oked,
    string Nkz,
    int NrkLevel,
    IReadOnlyList<ExamMode> Modes,
    int ValidityYears,
    DocumentRequirements Documents,
    IReadOnlyList<ProhibitedItem> AllowedItems,
    ProgramTheory Theory,
    IReadOnlyList<PracticalTask> Practical)
{
    /// <summary>Whether <paramref name="code"/> is a program's code: a slug starting with a letter (e.g. accountant-nrk5).</summary>
    public static bool IsCode(string? code) => ProgramRules.IsCode(code);

    /// <summary>P12: the allowed items as the violation policy reads them.</summary>
    [JsonIgnore]
    public AllowedItems ItemsAllowed => Proctoring.AllowedItems.Of(AllowedItems);

    /// <summary>Reads and validates a program from its JSON form.</summary>
    /// <exception cref="ProgramValidationException">Malformed JSON (one error) or every rule the program breaks.</exception>
    public static QualificationProgram Parse(string json)
    {
        var program = ProgramJson.Read(json);
        program.EnsureValid();
        return program;
    }

    /// <summary>The normalized JSON form (indented, camelCase), the same for the same program.</summary>
    public string ToJson() => ProgramJson.Write(this);

    /// <summary>Every rule of the format the program breaks, in document order; empty when it is valid.</summary>
    public IReadOnlyList<ProgramError> Validate() => [.. ProgramRules.Check(this)];

    /// <summary>Throws when <see cref="Validate"/> finds anything.</summary>
    /// <exception cref="ProgramValidationException">The program breaks a rule.</exception>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ProgramValidationException(errors);
        }
    }

    /// <summary>Whether the exam may be held in this mode (P9).</summary>
    public bool Offers(ExamMode mode) => Modes.Contains(mode);
}
