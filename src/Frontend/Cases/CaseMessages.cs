using Platform.Frontend.Problems;

namespace Platform.Frontend.Cases;

/// <summary>What the case API says to a person, in en, ru and kk.</summary>
internal static class CaseMessages
{
    public static readonly Text Refused = new(
        "Refused by the Rules", "Действие не допускается Правилами", "Әрекетке Қағидалар жол бермейді");

    public static Text RefusedDetail(string rule, string reason)
    {
        reason = reason.TrimEnd('.');
        return new(
            $"{rule}: {reason}.",
            $"{rule} Правил признания профессиональных квалификаций: {reason}.",
            $"Кәсіптік біліктілікті тану қағидаларының {rule}: {reason}.");
    }

    public static readonly Text InvalidIin = new("Invalid IIN", "Неверный ИИН", "ЖСН қате");

    public static Text InvalidIinDetail(string reason) => new(
        $"The IIN is not valid: {reason}.", $"ИИН недействителен: {reason}.", $"ЖСН жарамсыз: {reason}.");

    public static readonly Text NotYourIin = new(
        "Not your IIN", "ИИН не совпадает с вашей учётной записью", "ЖСН сіздің тіркелгіңізге сәйкес келмейді");

    public static readonly Text NotYourIinDetail = new(
        "The IIN does not belong to the signed-in account.",
        "Указанный ИИН не принадлежит вошедшему пользователю.",
        "Көрсетілген ЖСН жүйеге кірген пайдаланушыға тиесілі емес.");

    public static readonly Text InvalidRequest = new("Invalid request", "Неверный запрос", "Сұрау қате");

    public static Text InvalidRequestDetail(string reason) => new(reason, reason, reason);

    public static readonly Text InvalidIdempotencyKey = new(
        "Invalid Idempotency-Key", "Неверный заголовок Idempotency-Key", "Idempotency-Key тақырыбы қате");

    public static readonly Text InvalidIdempotencyKeyDetail = new(
        "Idempotency-Key must be a GUID; repeat it to retry an action safely.",
        "Idempotency-Key должен быть GUID; повторите его, чтобы безопасно повторить действие.",
        "Idempotency-Key GUID болуы тиіс; әрекетті қауіпсіз қайталау үшін оны қайталаңыз.");

    public static readonly Text UploadRefused = new("Upload refused", "Файл не принят", "Файл қабылданбады");

    public static Text UploadRefusedDetail(Platform.Frontend.Security.Uploads.UploadRejection why) => why switch
    {
        Platform.Frontend.Security.Uploads.UploadRejection.TooLarge => new(
            "The file is larger than allowed.", "Файл больше допустимого размера.", "Файлдың көлемі рұқсат етілгеннен үлкен."),
        Platform.Frontend.Security.Uploads.UploadRejection.Empty => new(
            "The file is empty.", "Файл пуст.", "Файл бос."),
        _ => new(
            "Only PDF, JPEG or PNG files are accepted, and the declared type must match the content.",
            "Принимаются только файлы PDF, JPEG или PNG, и заявленный тип должен совпадать с содержимым.",
            "Тек PDF, JPEG немесе PNG файлдары қабылданады, көрсетілген түрі мазмұнына сәйкес болуы тиіс."),
    };
}
