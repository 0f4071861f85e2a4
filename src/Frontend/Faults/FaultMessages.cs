using Platform.Frontend.Problems;

namespace Platform.Frontend.Faults;

/// <summary>What a person reads when the platform is briefly unavailable, in the platform's three languages.</summary>
public static class FaultMessages
{
    public static readonly Text Unavailable = new(
        "The service is temporarily unavailable",
        "Сервис временно недоступен",
        "Қызмет уақытша қолжетімсіз");

    public static readonly Text UnavailableDetail = new(
        $"The platform cannot complete the request right now. Please try again in {PlatformFaults.RetryAfterSeconds} seconds.",
        $"Платформа сейчас не может выполнить запрос. Повторите его через {PlatformFaults.RetryAfterSeconds} секунд.",
        $"Платформа қазір сұранысты орындай алмайды. Оны {PlatformFaults.RetryAfterSeconds} секундтан кейін қайталаңыз.");
}
