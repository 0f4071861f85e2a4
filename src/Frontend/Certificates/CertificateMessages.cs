using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Certificates;

/// <summary>What the certificate endpoints say to a person, in en, ru and kk.</summary>
internal static partial class CertificateMessages
{
    public static readonly Text MalformedSerial = new(
        "Malformed serial number", "Неверный серийный номер", "Сериялық нөмір қате");

    public static readonly Text UnknownCertificate = new(
        "Certificate not found", "Документ не найден", "Құжат табылмады");

    public static Text UnknownCertificateDetail(string serial) => new(
        $"No recognition document with serial number {serial} was issued on this platform.",
        $"Документ о признании с серийным номером {serial} на платформе не выдавался.",
        $"{serial} сериялық нөмірі бар тану туралы құжат платформада берілмеген.");

    public static readonly Text InvalidRevocation = new(
        "Invalid revocation", "Неверный отзыв", "Кері қайтару қате");

    public static Text InvalidRevocationDetail(int maxLength) => new(
        $"A revocation states its reason, in at most {maxLength} characters.",
        $"Отзыв указывает причину, не длиннее {maxLength} символов.",
        $"Кері қайтару себебін көрсетеді, {maxLength} таңбадан аспайды.");

    public static readonly Text KeyNotPublished = new(
        "Signing key not published", "Ключ подписи не опубликован", "Қолтаңба кілті жарияланбаған");

    public static readonly Text KeyNotPublishedDetail = new(
        "The platform's certificate signing key is not configured (Platform:Certificates:PublicKey).",
        "Открытый ключ подписи документов платформы не настроен (Platform:Certificates:PublicKey).",
        "Платформаның құжат қолтаңбасының ашық кілті бапталмаған (Platform:Certificates:PublicKey).");

    public static readonly Text MissingIdempotencyKey = new(
        "Missing Idempotency-Key", "Нет заголовка Idempotency-Key", "Idempotency-Key тақырыбы жоқ");

    public static readonly Text MissingIdempotencyKeyDetail = new(
        "A result is recorded under its Idempotency-Key header (the serial number).",
        "Результат записывается под ключом из заголовка Idempotency-Key (серийный номер).",
        "Нәтиже Idempotency-Key тақырыбындағы кілтпен (сериялық нөмір) жазылады.");

    /// <summary>The level (1-6) a serial's error (<c>SerialNumber.TryParse</c>) names; 0 when it has not six levels.</summary>
    public static int LevelOf(string error) =>
        LevelPattern().Match(error) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>The serial's error (<c>SerialNumber.TryParse</c>) with the level it names, in the reader's language.</summary>
    public static Text MalformedSerialDetail(string error)
    {
        var level = LevelOf(error);
        var (en, ru, kk) = Levels.TryGetValue(level, out var names)
            ? names
            : ("six levels separated by hyphens", "шесть уровней через дефис", "дефиспен бөлінген алты деңгей");
        return new Text(
            $"The serial number is wrong at {en} (App.2): {error}",
            $"Серийный номер неверен: {ru} (прил. 2). {error}",
            $"Сериялық нөмір қате: {kk} (2-қосымша). {error}");
    }

    private static readonly Dictionary<int, (string En, string Ru, string Kk)> Levels = new()
    {
        [1] = ("level 1, the OKED subclass (5 digits)", "уровень 1, подкласс ОКЭД (5 цифр)", "1-деңгей, ЭҚЖЖ сыныпшасы (5 цифр)"),
        [2] = ("level 2, the NKZ profession code (8 digits or 0)", "уровень 2, код профессии по НКЗ (8 цифр или 0)", "2-деңгей, КҰЖ кәсіп коды (8 цифр немесе 0)"),
        [3] = ("level 3, the NRK level (1-8)", "уровень 3, уровень НРК (1-8)", "3-деңгей, ҰБШ деңгейі (1-8)"),
        [4] = ("level 4, the procedure date (DDMMYY)", "уровень 4, дата процедуры (ДДММГГ)", "4-деңгей, рәсім күні (ККААЖЖ)"),
        [5] = ("level 5, the center number (4 digits)", "уровень 5, номер центра (4 цифры)", "5-деңгей, орталық нөмірі (4 цифр)"),
        [6] = ("level 6, the sequence number (8 digits)", "уровень 6, порядковый номер (8 цифр)", "6-деңгей, реттік нөмір (8 цифр)"),
    };

    [GeneratedRegex("^Level ([1-6]) ")]
    private static partial Regex LevelPattern();
}
