using Platform.Frontend.Problems;

namespace Platform.Frontend.Programs;

/// <summary>What the programs API says to a person about the address of a program's version, in en, ru and kk.</summary>
internal static class ProgramMessages
{
    public static readonly Text InvalidAddress = new(
        "Invalid program address", "Неверный адрес программы", "Бағдарламаның мекенжайы қате");

    public static Text InvalidCode(string code) => new(
        $"'code' must be a program's code: lowercase latin letters, digits and single hyphens, starting with a letter (e.g. accountant-nrk5); got '{code}'.",
        $"'code' должен быть кодом программы: строчные латинские буквы, цифры и одиночные дефисы, начиная с буквы (например, accountant-nrk5); получено '{code}'.",
        $"'code' бағдарлама коды болуы тиіс: кіші латын әріптері, цифрлар және жалғыз сызықшалар, әріптен басталады (мысалы, accountant-nrk5); алынғаны: '{code}'.");

    public static Text InvalidVersion(string version) => new(
        $"'version' must be a version number, a whole number from 1; got '{version}'.",
        $"'version' должен быть номером версии, целым числом от 1; получено '{version}'.",
        $"'version' нұсқа нөмірі, 1-ден басталатын бүтін сан болуы тиіс; алынғаны: '{version}'.");

    public static readonly Text VersionNotFound = new(
        "No such program version", "Такой версии программы нет", "Бағдарламаның мұндай нұсқасы жоқ");

    public static Text VersionNotFoundDetail(string code, int version) => new(
        $"The program {code} has no version {version} kept.",
        $"У программы {code} нет сохранённой версии {version}.",
        $"{code} бағдарламасының сақталған {version} нұсқасы жоқ.");
}
