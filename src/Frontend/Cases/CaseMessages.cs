using Platform.Domain.Rules;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Cases;

/// <summary>What the case API says to a person, in en, ru and kk.</summary>
internal static class CaseMessages
{
    public static readonly Text Refused = new(
        "Refused by the Rules", "Действие не допускается Правилами", "Әрекетке Қағидалар жол бермейді");

    /// <summary>In English the rule's id, a colon and the message (P6: …); in Russian and Kazakh the point of the Rules cited in words, then the message in that language.</summary>
    public static Text RefusedDetail(Refusal refusal)
    {
        var rule = refusal.Rule.Id;
        return new(
            $"{rule}: {End(refusal.In("en"))}",
            $"{RuleCitation.Ru(rule) ?? rule}: {End(refusal.In("ru"))}",
            $"{RuleCitation.Kk(rule) ?? rule}: {End(refusal.In("kk"))}");
    }

    private static string End(string reason) => reason.TrimEnd('.') + ".";

    public static readonly Text InvalidIin = new("Invalid IIN", "Неверный ИИН", "ЖСН қате");

    public static Text InvalidIinDetail(string reason) => new(
        $"The IIN is not valid: {reason}.", $"ИИН недействителен: {reason}.", $"ЖСН жарамсыз: {reason}.");

    public static readonly Text NotYourIin = new(
        "Not your IIN", "ИИН не совпадает с вашей учётной записью", "ЖСН сіздің тіркелгіңізге сәйкес келмейді");

    public static readonly Text NotYourIinDetail = new(
        "The IIN does not belong to the signed-in account.",
        "Указанный ИИН не принадлежит вошедшему пользователю.",
        "Көрсетілген ЖСН жүйеге кірген пайдаланушыға тиесілі емес.");

    public static readonly Text PersonCreated = new(
        "New person registered.", "Зарегистрировано новое лицо.", "Жаңа тұлға тіркелді.");

    public static readonly Text PersonAttached = new(
        "Existing person attached, nothing changed: their identity and contacts stay as they registered them.",
        "Найдено уже зарегистрированное лицо, ничего не изменено: его данные и контакты остаются такими, как он их указал.",
        "Бұрын тіркелген тұлға табылды, ештеңе өзгертілмеді: оның деректері мен байланыс мәліметтері өзі көрсеткендей қалады.");

    public static readonly Text IdentityMismatch = new(
        "Identity does not match", "Данные лица не совпадают", "Тұлға деректері сәйкес келмейді");

    public static readonly Text IdentityMismatchDetail = new(
        "A person is already registered with this IIN under another surname or given name. Nothing was changed; check the paper application against the identity document.",
        "С этим ИИН уже зарегистрировано лицо с другой фамилией или другим именем. Ничего не изменено; сверьте бумажное заявление с документом, удостоверяющим личность.",
        "Осы ЖСН бойынша басқа тегімен немесе атымен тұлға тіркелген. Ештеңе өзгертілмеді; қағаз өтінішті жеке басын куәландыратын құжатпен салыстырыңыз.");

    public static readonly Text InvalidRequest = new("Invalid request", "Неверный запрос", "Сұрау қате");

    public static Text InvalidRequestDetail(string reason) => new(reason, reason, reason);

    public static readonly Text InvalidCommissionId = new(
        "a commission id is 3-64 letters, digits and hyphens, not digits alone",
        "идентификатор комиссии состоит из 3-64 латинских букв, цифр и дефисов и не может состоять только из цифр",
        "комиссия идентификаторы 3-64 латын әрпінен, цифрдан және дефистен тұрады және тек цифрлардан тұра алмайды");

    public static readonly Text InvalidProtocolVotes = new(
        "votes are passed or notPassed",
        "голос членов экзаменационной комиссии: passed (прошел) или notPassed (не прошел)",
        "емтихан комиссиясы мүшелерінің дауысы: passed (өтті) немесе notPassed (өтпеді)");

    public static readonly Text InvalidAppealVotes = new(
        "appeal votes are upheld, technicalDiscrepancy or rejected",
        "голос членов апелляционной комиссии: upheld (удовлетворить), technicalDiscrepancy (техническое несоответствие) или rejected (отклонить)",
        "апелляциялық комиссия мүшелерінің дауысы: upheld (қанағаттандыру), technicalDiscrepancy (техникалық сәйкессіздік) немесе rejected (қабылдамау)");

    public static readonly Text InvalidIdempotencyKey = new(
        "Invalid Idempotency-Key", "Неверный заголовок Idempotency-Key", "Idempotency-Key тақырыбы қате");

    public static readonly Text InvalidIdempotencyKeyDetail = new(
        "Idempotency-Key must be a GUID; repeat it to retry an action safely.",
        "Idempotency-Key должен быть GUID; повторите его, чтобы безопасно повторить действие.",
        "Idempotency-Key GUID болуы тиіс; әрекетті қауіпсіз қайталау үшін оны қайталаңыз.");

    public static readonly Text AttachmentRefused = new("Attachment refused", "Вложение не принято", "Тіркеме қабылданбады");

    public static Text AttachmentNotIssued(string member) => new(
        $"{member}: not the name of a document uploaded to the platform; upload the file first and list the name it was given.",
        $"{member}: это не имя документа, загруженного на платформу; сначала загрузите файл и укажите выданное ему имя.",
        $"{member}: бұл платформаға жүктелген құжаттың атауы емес; алдымен файлды жүктеп, оған берілген атауды көрсетіңіз.");

    public static Text AttachmentNotYours(string member) => new(
        $"{member}: there is no such upload of yours.",
        $"{member}: такого загруженного вами файла нет.",
        $"{member}: сіз жүктеген мұндай файл жоқ.");

    public static Text AttachmentElsewhere(string member) => new(
        $"{member}: this upload is already attached to another case; upload the file again for this one.",
        $"{member}: этот файл уже приложен к другому делу; для этого дела загрузите файл заново.",
        $"{member}: бұл файл басқа іске тіркелген; осы іс үшін файлды қайта жүктеңіз.");

    public static readonly Text IdempotencyKeyTaken = new(
        "Idempotency-Key already used", "Idempotency-Key уже использован", "Idempotency-Key бұрын пайдаланылған");

    public static readonly Text IdempotencyKeyTakenDetail = new(
        "This Idempotency-Key was already used for another request. Send the request with a new key.",
        "Этот Idempotency-Key уже использован для другого запроса. Отправьте запрос с новым ключом.",
        "Бұл Idempotency-Key басқа сұрау үшін пайдаланылған. Сұрауды жаңа кілтпен жіберіңіз.");

    public static readonly Text RenderingTooLong = new(
        "The document could not be prepared in time", "Документ не удалось подготовить вовремя", "Құжатты уақытында дайындау мүмкін болмады");

    public static readonly Text RenderingTooLongDetail = new(
        "Preparing this document as PDF took longer than allowed. Try again later or contact the center.",
        "Подготовка документа в формате PDF заняла больше допустимого времени. Повторите попытку позже или обратитесь в центр.",
        "Құжатты PDF форматында дайындау рұқсат етілген уақыттан ұзаққа созылды. Кейінірек қайталап көріңіз немесе орталыққа хабарласыңыз.");

    public static readonly Text UploadRefused = new("Upload refused", "Файл не принят", "Файл қабылданбады");

    public static Text UploadRefusedDetail(Platform.Frontend.Security.Uploads.UploadRejection why) => why switch
    {
        Platform.Frontend.Security.Uploads.UploadRejection.TooLarge => new(
            "The file is larger than allowed.", "Файл больше допустимого размера.", "Файлдың көлемі рұқсат етілгеннен үлкен."),
        Platform.Frontend.Security.Uploads.UploadRejection.Empty => new(
            "The file is empty.", "Файл пуст.", "Файл бос."),
        Platform.Frontend.Security.Uploads.UploadRejection.Malformed => new(
            "The file is damaged or is not really a PDF, JPEG or PNG.",
            "Файл повреждён или не является настоящим файлом PDF, JPEG или PNG.",
            "Файл бүлінген немесе шынымен PDF, JPEG не PNG файлы емес."),
        _ => new(
            "Only PDF, JPEG or PNG files are accepted, and the declared type must match the content.",
            "Принимаются только файлы PDF, JPEG или PNG, и заявленный тип должен совпадать с содержимым.",
            "Тек PDF, JPEG немесе PNG файлдары қабылданады, көрсетілген түрі мазмұнына сәйкес болуы тиіс."),
    };
}
