using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Platform.Domain.Certificates;

/// <summary>
/// The serial number of a recognition document (App.2, note): six levels separated by hyphens,
/// <c>OKED(5)-NKZ(8 or "0")-NRK(1)-DDMMYY-Center(4)-Sequence(8)</c>, e.g. <c>85592-24111001-5-150325-0012-00000042</c>.
/// It is assigned by the NSK digital platform; the sequence never repeats and a serial is never reissued.
/// </summary>
public sealed record SerialNumber
{
    private const char Separator = '-';
    private const string NoNkzCode = "0";
    private const string DateFormat = "ddMMyy";
    private const int OkedDigits = 5;
    private const int NkzDigits = 8;
    private const int CenterDigits = 4;
    private const int SequenceDigits = 8;
    private const int MinNrkLevel = 1;
    private const int MaxNrkLevel = 8;
    private const int LevelCount = 6;
    private const int MinYear = 2000;
    private const int MaxYear = 2099;

    private SerialNumber(string oked, string nkz, int nrkLevel, DateOnly procedureDate, string centerNumber, int sequence)
    {
        Oked = oked;
        Nkz = nkz;
        NrkLevel = nrkLevel;
        ProcedureDate = procedureDate;
        CenterNumber = centerNumber;
        Sequence = sequence;
    }

    /// <summary>Level 1: type of labour activity, the OKED subclass (5 digits).</summary>
    public string Oked { get; }

    /// <summary>Level 2: profession code from the National Classifier of Occupations (8 digits), or "0" when it has none.</summary>
    public string Nkz { get; }

    /// <summary>Level 3: the National Qualifications Framework level of the recognition (1-8).</summary>
    public int NrkLevel { get; }

    /// <summary>Level 4: the date of the recognition procedure (written DDMMYY, years 2000-2099).</summary>
    public DateOnly ProcedureDate { get; }

    /// <summary>Level 5: the number of the recognition center from its accreditation (4 digits).</summary>
    public string CenterNumber { get; }

    /// <summary>Level 6: the sequence number of the document (1 to 99 999 999, written with 8 digits).</summary>
    public int Sequence { get; }

    /// <summary>A validated serial number.</summary>
    /// <exception cref="ArgumentException">A level is wrong; the message names it.</exception>
    public static SerialNumber Create(string oked, string nkz, int nrkLevel, DateOnly procedureDate, string centerNumber, int sequence)
    {
        var error = CheckOked(oked) ?? CheckNkz(nkz) ?? CheckNrk(nrkLevel) ?? CheckDate(procedureDate)
            ?? CheckCenter(centerNumber) ?? CheckSequence(sequence);
        return error is null
            ? new SerialNumber(oked, nkz, nrkLevel, procedureDate, centerNumber, sequence)
            : throw new ArgumentException(error);
    }

    /// <summary>Parses the hyphenated form; on failure <paramref name="error"/> names the wrong level.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SerialNumber? serial, out string error)
    {
        serial = null;
        var levels = (text ?? string.Empty).Split(Separator);
        if (levels.Length != LevelCount)
        {
            error = $"A serial number has {LevelCount} levels separated by '{Separator}'; found {levels.Length}.";
            return false;
        }

        var nrk = ParseNrk(levels[2]);
        var date = ParseDate(levels[3]);
        var sequence = ParseSequence(levels[5]);
        error = CheckOked(levels[0]) ?? CheckNkz(levels[1])
            ?? (nrk is null ? NrkError(levels[2]) : null)
            ?? (date is null ? $"Level 4 (procedure date): expected a real date DDMMYY, got \"{levels[3]}\"." : null)
            ?? CheckCenter(levels[4])
            ?? (sequence is null ? SequenceError(levels[5]) : null)
            ?? string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        serial = new SerialNumber(levels[0], levels[1], nrk!.Value, date!.Value, levels[4], sequence!.Value);
        return true;
    }

    /// <summary>Parses the hyphenated form.</summary>
    /// <exception cref="FormatException">The message names the wrong level.</exception>
    public static SerialNumber Parse(string text) =>
        TryParse(text, out var serial, out var error) ? serial : throw new FormatException(error);

    /// <summary>The hyphenated form, as printed on the document.</summary>
    public string Format() => string.Join(
        Separator,
        Oked,
        Nkz,
        NrkLevel.ToString(CultureInfo.InvariantCulture),
        ProcedureDate.ToString(DateFormat, CultureInfo.InvariantCulture),
        CenterNumber,
        Sequence.ToString(new string('0', SequenceDigits), CultureInfo.InvariantCulture));

    /// <summary>The hyphenated form (<see cref="Format"/>).</summary>
    public override string ToString() => Format();

    private static string? CheckOked(string? oked) => IsDigits(oked, OkedDigits)
        ? null
        : $"Level 1 (OKED subclass): expected {OkedDigits} digits, got \"{oked}\".";

    private static string? CheckNkz(string? nkz) => nkz == NoNkzCode || IsDigits(nkz, NkzDigits)
        ? null
        : $"Level 2 (NKZ profession code): expected {NkzDigits} digits or \"{NoNkzCode}\", got \"{nkz}\".";

    private static string? CheckNrk(int level) => level is >= MinNrkLevel and <= MaxNrkLevel
        ? null
        : NrkError(level.ToString(CultureInfo.InvariantCulture));

    private static string NrkError(string level) =>
        $"Level 3 (NRK level): expected one digit {MinNrkLevel}-{MaxNrkLevel}, got \"{level}\".";

    private static string? CheckDate(DateOnly date) => date.Year is >= MinYear and <= MaxYear
        ? null
        : $"Level 4 (procedure date): the year must be {MinYear}-{MaxYear} to be written DDMMYY, got {date:yyyy-MM-dd}.";

    private static string? CheckCenter(string? center) => IsDigits(center, CenterDigits)
        ? null
        : $"Level 5 (center number): expected {CenterDigits} digits, got \"{center}\".";

    private static string? CheckSequence(int sequence) => sequence >= 1
        ? null
        : SequenceError(sequence.ToString(CultureInfo.InvariantCulture));

    private static string SequenceError(string sequence) =>
        $"Level 6 (sequence number): expected {SequenceDigits} digits, not all zero, got \"{sequence}\".";

    private static int? ParseNrk(string text) =>
        text.Length == 1 && text[0] - '0' is var level and >= MinNrkLevel and <= MaxNrkLevel ? level : null;

    /// <summary>DDMMYY with the year read as 20YY (the format's own two-digit-year rule would give 19YY for 50-99).</summary>
    private static DateOnly? ParseDate(string text)
    {
        if (!IsDigits(text, DateFormat.Length))
        {
            return null;
        }

        var day = int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = MinYear + int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return valid ? new DateOnly(year, month, day) : null;
    }

    private static int? ParseSequence(string text) =>
        IsDigits(text, SequenceDigits) && int.Parse(text, CultureInfo.InvariantCulture) is var value and >= 1 ? value : null;

    private static bool IsDigits(string? text, int length) =>
        text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
