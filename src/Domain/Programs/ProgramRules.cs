using Platform.Domain.Exams;
using Platform.Domain.Proctoring;
using static Platform.Domain.Programs.ProgramPath;

namespace Platform.Domain.Programs;

/// <summary>
/// The rules of a qualification program document, checked all at once so that an administrator sees every error
/// of a document in one answer. The theory and the practical stage have rules of their own.
/// </summary>
internal static class ProgramRules
{
    private const int OkedDigits = 5;
    private const int NkzDigits = 8;
    private const string NoNkzCode = "0";
    private const int MinNrkLevel = 1;
    private const int MaxNrkLevel = 8;
    private const int MaxValidityYears = 10;
    private const int MaxCodeLength = 64;

    public static IEnumerable<ProgramError> Check(QualificationProgram program) =>
        CheckCode(program.Code)
            .Concat(RuleKit.Localized("profession", program.Profession))
            .Concat(CheckClassifiers(program))
            .Concat(CheckModes(program.Modes))
            .Concat(CheckValidity(program.ValidityYears))
            .Concat(CheckDocuments(program.Documents))
            .Concat(CheckAllowedItems(program.AllowedItems))
            .Concat(TheoryRules.Check("theory", program.Theory))
            .Concat(PracticalRules.Check("practical", program.Practical));

    /// <summary>A slug, never digit-only (SPEC §6: digit-only grain keys collide with integer keys).</summary>
    public static bool IsCode(string? code) =>
        code is { Length: > 0 and <= MaxCodeLength }
        && char.IsAsciiLetterLower(code[0])
        && code[^1] != '-'
        && !code.Contains("--", StringComparison.Ordinal)
        && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static IEnumerable<ProgramError> CheckCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            yield return new("code", "CodeMissing");
        }
        else if (!IsCode(code))
        {
            yield return new("code", "CodeInvalid", code, MaxCodeLength);
        }
    }

    private static IEnumerable<ProgramError> CheckClassifiers(QualificationProgram program)
    {
        if (!RuleKit.IsDigits(program.Oked, OkedDigits))
        {
            yield return new("oked", "OkedInvalid", OkedDigits, program.Oked);
        }

        if (program.Nkz != NoNkzCode && !RuleKit.IsDigits(program.Nkz, NkzDigits))
        {
            yield return new("nkz", "NkzInvalid", NkzDigits, NoNkzCode, program.Nkz);
        }

        if (program.NrkLevel is < MinNrkLevel or > MaxNrkLevel)
        {
            yield return new("nrkLevel", "NrkLevelOutOfRange", MinNrkLevel, MaxNrkLevel, program.NrkLevel);
        }
    }

    private static IEnumerable<ProgramError> CheckModes(IReadOnlyList<ExamMode>? modes)
    {
        if (modes is null || modes.Count == 0)
        {
            yield return new("modes", "ModesMissing");
            yield break;
        }

        foreach (var (mode, index) in modes.Select((mode, index) => (mode, index)))
        {
            if (!Enum.IsDefined(mode))
            {
                yield return new(Item("modes", index), "ModeUnknown", mode);
            }
            else if (modes.Take(index).Contains(mode))
            {
                yield return new(Item("modes", index), "ModeRepeated", mode);
            }
        }
    }

    private static IEnumerable<ProgramError> CheckValidity(int years)
    {
        if (years is < 1 or > MaxValidityYears)
        {
            yield return new("validityYears", "ValidityOutOfRange", MaxValidityYears, years);
        }
    }

    private static IEnumerable<ProgramError> CheckDocuments(DocumentRequirements? documents)
    {
        if (documents is null)
        {
            yield return new("documents", "DocumentsMissing");
        }
    }

    private static IEnumerable<ProgramError> CheckAllowedItems(IReadOnlyList<ProhibitedItem>? items)
    {
        if (items is null)
        {
            yield return new("allowedItems", "AllowedItemsMissing");
            yield break;
        }

        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            if (!Enum.IsDefined(item))
            {
                yield return new(Item("allowedItems", index), "ItemUnknown", item);
            }
            else if (items.Take(index).Contains(item))
            {
                yield return new(Item("allowedItems", index), "ItemRepeated", item);
            }
        }
    }
}
