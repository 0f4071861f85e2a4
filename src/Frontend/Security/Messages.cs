using Platform.Frontend.Problems;

namespace Platform.Frontend.Security;

/// <summary>What the security layer says to a person, in en, ru and kk.</summary>
internal static class Messages
{
    public static readonly Text Forbidden = new(
        "Not permitted", "Действие не разрешено", "Әрекетке рұқсат жоқ");

    public static readonly Text ForbiddenDetail = new(
        "Your role may see this but not change it.",
        "Ваша роль позволяет просматривать, но не изменять эти данные.",
        "Сіздің рөліңіз бұл деректерді көруге рұқсат етеді, бірақ өзгертуге рұқсат етпейді.");

    public static readonly Text ForbiddenRoleDetail = new(
        "Your role does not permit this action.",
        "Ваша роль не позволяет выполнить это действие.",
        "Сіздің рөліңіз бұл әрекетті орындауға рұқсат етпейді.");

    public static readonly Text Unauthorized = new(
        "Sign-in required", "Требуется вход в систему", "Жүйеге кіру қажет");

    public static readonly Text UnauthorizedDetail = new(
        "Sign in and send your access token with the request.",
        "Войдите в систему и передайте токен доступа вместе с запросом.",
        "Жүйеге кіріп, сұраумен бірге қолжетімділік токеніңізді жіберіңіз.");

    public static readonly Text TokenExpiredDetail = new(
        "Your access token has expired; sign in again.",
        "Срок действия токена доступа истёк; войдите в систему снова.",
        "Қолжетімділік токеніңіздің мерзімі өтіп кетті; жүйеге қайта кіріңіз.");

    public static readonly Text TokenInvalidDetail = new(
        "Your access token is not valid; sign in again.",
        "Токен доступа недействителен; войдите в систему снова.",
        "Қолжетімділік токеніңіз жарамсыз; жүйеге қайта кіріңіз.");

    public static readonly Text UnknownAddressDetail = new(
        "There is no page or resource at this address.",
        "По этому адресу нет ни страницы, ни ресурса.",
        "Бұл мекенжай бойынша бет те, ресурс та жоқ.");

    public static readonly Text HomePage = new(
        "Home page", "Главная страница", "Басты бет");

    public static readonly Text NotFound = new(
        "Not found", "Не найдено", "Табылмады");

    public static readonly Text NotFoundDetail = new(
        "There is nothing here that you may see.",
        "Здесь нет данных, доступных вам.",
        "Мұнда сізге қолжетімді деректер жоқ.");

    public static readonly Text UnknownAccount = new(
        "Unknown demo account", "Неизвестная демонстрационная учётная запись", "Белгісіз демо тіркелгі");

    public static Text UnknownAccountDetail(string? account) => new(
        $"There is no demo account '{account}'; see src/Frontend/Security/demo-accounts.json.",
        $"Демонстрационной учётной записи '{account}' нет; см. src/Frontend/Security/demo-accounts.json.",
        $"'{account}' демо тіркелгісі жоқ; src/Frontend/Security/demo-accounts.json қараңыз.");

    public static readonly Text TooManyRequests = new(
        "Too many requests", "Слишком много запросов", "Сұраулар тым көп");

    public static Text TooManyRequestsDetail(int seconds) => new(
        $"Try again in {seconds} seconds.",
        $"Повторите через {seconds} с.",
        $"{seconds} секундтан кейін қайталаңыз.");

    public static readonly Text TooLarge = new(
        "Request too large", "Слишком большой запрос", "Сұрау тым үлкен");

    public static Text TooLargeDetail(long limit) => new(
        $"The request body may be at most {limit} bytes.",
        $"Тело запроса не может превышать {limit} байт.",
        $"Сұрау денесі {limit} байттан аспауы тиіс.");

    public static readonly Text MalformedRequest = new(
        "Malformed request", "Некорректный запрос", "Сұрау қате құрылған");

    public static readonly Text MalformedRequestDetail = new(
        "The request body is not valid JSON for this operation, or it has members the operation does not know.",
        "Тело запроса не является корректным JSON для этой операции или содержит неизвестные поля.",
        "Сұрау денесі бұл операция үшін дұрыс JSON емес немесе белгісіз өрістері бар.");

    public static readonly Text InvalidQuery = new(
        "Invalid query", "Неверный запрос", "Сұрау қате");

    public static Text InvalidQueryDetail(string reason) => new(
        $"The audit query is not valid: {reason}",
        $"Запрос к журналу аудита некорректен: {reason}",
        $"Аудит журналына сұрау қате: {reason}");
}
